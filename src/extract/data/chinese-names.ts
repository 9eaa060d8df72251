/**
 * Chinese names in Hanyu Pinyin, as German news writes them, surname first ("Xi Jinping", "Li Keqiang", "Mao Zedong").
 * The given-name lists know no Chinese given names ("Jinping", "Zedong"); a surname of this list before a word that is
 * two syllables of Pinyin marks a person's name.
 */

/**
 * Common Chinese surnames in Pinyin, capitalised: the hundred most frequent of the mainland's household register (Ministry
 * of Public Security, 2020), written without tone marks ("Lü" keeps its umlaut). Left out are those that are German words
 * opening a sentence ("Man", "Wen").
 */
// biome-ignore format: a word list, packed for reading
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set([
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
  "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
  "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lü", "Ding", "Ren",
  "Lu", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Shi", "Jin", "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong",
  "Bai", "Meng", "Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Tao", "Mao", "Gu", "Gong", "Hao", "Shao",
  "Wan", "Qian", "Dai", "Mo", "Kong", "Xiang", "Chang", "Kang", "Qi", "Hua", "Lai", "Niu", "Guan", "Zhuang", "Yi",
  "Ge", "Ji", "Ai", "Xi", "Bo", "Hong", "Long",
]);

/** The syllables of Standard Chinese in Hanyu Pinyin, without tones. */
// biome-ignore format: a word list, packed for reading
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set([
  "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "o", "ou",
  "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi", "bian", "biao", "bie", "bin", "bing", "bo", "bu",
  "pa", "pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po", "pou", "pu",
  "ma", "mai", "man", "mang", "mao", "me", "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu",
  "fa", "fan", "fang", "fei", "fen", "feng", "fo", "fou", "fu",
  "da", "dai", "dan", "dang", "dao", "de", "dei", "den", "deng", "di", "dian", "diao", "die", "ding", "diu", "dong", "dou", "du",
  "duan", "dui", "dun", "duo",
  "ta", "tai", "tan", "tang", "tao", "te", "teng", "ti", "tian", "tiao", "tie", "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo",
  "na", "nai", "nan", "nang", "nao", "ne", "nei", "nen", "neng", "ni", "nian", "niang", "niao", "nie", "nin", "ning", "niu", "nong",
  "nou", "nu", "nuan", "nuo", "nü", "nüe",
  "la", "lai", "lan", "lang", "lao", "le", "lei", "leng", "li", "lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "lo",
  "long", "lou", "lu", "luan", "lun", "luo", "lü", "lüe",
  "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou", "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo",
  "ka", "kai", "kan", "kang", "kao", "ke", "kei", "ken", "keng", "kong", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo",
  "ha", "hai", "han", "hang", "hao", "he", "hei", "hen", "heng", "hong", "hou", "hu", "hua", "huai", "huan", "huang", "hui", "hun", "huo",
  "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju", "juan", "jue", "jun",
  "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu", "quan", "que", "qun",
  "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun",
  "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan",
  "zhuang", "zhui", "zhun", "zhuo",
  "cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong", "chou", "chu", "chua", "chuai", "chuan", "chuang",
  "chui", "chun", "chuo",
  "sha", "shai", "shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi", "shou", "shu", "shua", "shuai", "shuan", "shuang",
  "shui", "shun", "shuo",
  "ran", "rang", "rao", "re", "ren", "reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run", "ruo",
  "za", "zai", "zan", "zang", "zao", "ze", "zei", "zen", "zeng", "zi", "zong", "zou", "zu", "zuan", "zui", "zun", "zuo",
  "ca", "cai", "can", "cang", "cao", "ce", "cen", "ceng", "ci", "cong", "cou", "cu", "cuan", "cui", "cun", "cuo",
  "sa", "sai", "san", "sang", "sao", "se", "sen", "seng", "si", "song", "sou", "su", "suan", "sui", "sun", "suo",
  "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you", "yu", "yuan", "yue", "yun",
  "wa", "wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu",
]);
