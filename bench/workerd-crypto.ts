/** workerd's extension of Web Crypto, which the teacher pages use, for running the app in Node (the benches); Node has it under node:crypto. */
import { timingSafeEqual } from "node:crypto";

const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView) => boolean };
subtle.timingSafeEqual ??= (a, b) => timingSafeEqual(toBytes(a), toBytes(b));
function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}
