/**
 * Addresses in a class's teacher area. Here, below both, so that the areas it mounts (own texts) link
 * to its pages without importing the teacher's routes that mount them.
 */

/** The class's dashboard; the teacher cookie is scoped to it. */
export const teacherPath = (classId: string) => `/klassen/lehrkraft/${classId}`;

/** A quiz's worksheet and LMS files (`/arbeitsblatt`, `/moodle.xml`, `/gift.txt` below it). */
export const materialPath = (classId: string, quizId: string) => `${teacherPath(classId)}/quizze/${encodeURIComponent(quizId)}`;
