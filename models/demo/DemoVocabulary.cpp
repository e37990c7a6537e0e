#include "demo/DemoVocabulary.h"

#include <array>

namespace mianshen::demo::vocabulary {

namespace {
using namespace std::string_view_literals;

constexpr std::array CityDistricts = {"441202"sv, "441203"sv, "441204"sv, "441223"sv, "441224"sv,
                                      "441225"sv, "441226"sv, "441284"sv};
constexpr std::array NearbyCities = {"440100"sv, "440600"sv, "440300"sv, "441900"sv, "445300"sv, "440700"sv};
constexpr std::array MigrantHomeAreas = {"430102"sv, "430421"sv, "450103"sv, "450321"sv, "360102"sv,
                                         "510104"sv, "411302"sv, "421002"sv, "440803"sv, "441502"sv,
                                         "445202"sv, "350102"sv, "520102"sv, "431202"sv, "441781"sv};

constexpr std::array<WeightedWord, 80> Surnames = {{
    {"王"sv, 72}, {"李"sv, 72}, {"张"sv, 69}, {"刘"sv, 55}, {"陈"sv, 60}, {"杨"sv, 33}, {"黄"sv, 40},
    {"赵"sv, 20}, {"吴"sv, 25}, {"周"sv, 20}, {"徐"sv, 14}, {"孙"sv, 13}, {"马"sv, 12}, {"朱"sv, 11},
    {"胡"sv, 11}, {"郭"sv, 11}, {"何"sv, 14}, {"高"sv, 9}, {"林"sv, 20}, {"罗"sv, 12}, {"郑"sv, 9},
    {"梁"sv, 18}, {"谢"sv, 9}, {"宋"sv, 5}, {"唐"sv, 5}, {"许"sv, 6}, {"韩"sv, 5}, {"冯"sv, 7},
    {"邓"sv, 9}, {"曹"sv, 4}, {"彭"sv, 5}, {"曾"sv, 8}, {"肖"sv, 5}, {"田"sv, 3}, {"董"sv, 3},
    {"袁"sv, 3}, {"潘"sv, 5}, {"于"sv, 3}, {"蒋"sv, 3}, {"蔡"sv, 6}, {"余"sv, 4}, {"杜"sv, 3},
    {"叶"sv, 6}, {"程"sv, 3}, {"苏"sv, 4}, {"魏"sv, 3}, {"吕"sv, 3}, {"丁"sv, 2}, {"任"sv, 2},
    {"沈"sv, 2}, {"姚"sv, 2}, {"卢"sv, 5}, {"姜"sv, 2}, {"崔"sv, 2}, {"钟"sv, 5}, {"谭"sv, 4},
    {"陆"sv, 2}, {"汪"sv, 2}, {"范"sv, 2}, {"金"sv, 2}, {"石"sv, 2}, {"廖"sv, 4}, {"贾"sv, 1},
    {"夏"sv, 1}, {"韦"sv, 3}, {"付"sv, 1}, {"方"sv, 2}, {"白"sv, 1}, {"邹"sv, 2}, {"孟"sv, 1},
    {"熊"sv, 1}, {"秦"sv, 1}, {"邱"sv, 2}, {"江"sv, 2}, {"尹"sv, 1}, {"薛"sv, 1}, {"莫"sv, 3},
    {"欧阳"sv, 1}, {"司徒"sv, 1}, {"上官"sv, 1},
}};

constexpr std::array MaleGiven = {"伟"sv, "强"sv, "磊"sv, "军"sv, "勇"sv, "杰"sv, "涛"sv, "明"sv, "超"sv,
                                  "斌"sv, "浩"sv, "鹏"sv, "辉"sv, "健"sv, "俊"sv, "峰"sv, "建"sv, "华"sv,
                                  "志"sv, "国"sv, "文"sv, "宇"sv, "晨"sv, "博"sv, "子"sv, "轩"sv, "豪"sv,
                                  "嘉"sv, "锋"sv, "荣"sv, "海"sv, "东"sv, "德"sv, "成"sv, "彬"sv, "炜"sv};
constexpr std::array FemaleGiven = {"芳"sv, "娜"sv, "敏"sv, "静"sv, "丽"sv, "艳"sv, "娟"sv, "霞"sv, "燕"sv,
                                    "玲"sv, "婷"sv, "雪"sv, "琳"sv, "欣"sv, "怡"sv, "梅"sv, "慧"sv, "颖"sv,
                                    "佳"sv, "晓"sv, "思"sv, "雨"sv, "萍"sv, "红"sv, "洁"sv, "倩"sv, "秀"sv,
                                    "诗"sv, "月"sv, "凤"sv, "丹"sv, "嘉"sv, "文"sv, "子"sv, "淑"sv, "楠"sv};

constexpr std::array TradeChars = {"华"sv, "创"sv, "达"sv, "科"sv, "鑫"sv, "源"sv, "宏"sv, "泰"sv, "瑞"sv,
                                   "博"sv, "信"sv, "德"sv, "恒"sv, "兴"sv, "盛"sv, "星"sv, "卓"sv, "联"sv,
                                   "通"sv, "汇"sv, "智"sv, "力"sv, "远"sv, "丰"sv, "安"sv, "新"sv, "粤"sv,
                                   "端"sv, "砚"sv, "鼎"sv, "湖"sv, "明"sv, "光"sv, "晟"sv, "拓"sv, "威"sv};

constexpr std::array<Industry, 24> Industries = {{
    {"C3985"sv, "电子材料"sv, true}, {"C3976"sv, "光电科技"sv, true}, {"C3562"sv, "电子设备"sv, true},
    {"C3841"sv, "新能源电池"sv, true}, {"C3911"sv, "计算机"sv, true}, {"I6513"sv, "软件"sv, true},
    {"I6530"sv, "信息技术"sv, true}, {"M7320"sv, "工程技术研究"sv, true}, {"C2710"sv, "制药"sv, true},
    {"C3581"sv, "医疗器械"sv, true}, {"C3821"sv, "电机"sv, true}, {"C3670"sv, "汽车零部件"sv, true},
    {"C3340"sv, "金属制品"sv, false}, {"C3360"sv, "表面处理"sv, false}, {"C3484"sv, "机械"sv, false},
    {"C2929"sv, "塑料制品"sv, false}, {"C1469"sv, "食品"sv, false}, {"F5179"sv, "贸易"sv, false},
    {"F5261"sv, "商贸"sv, false}, {"G5990"sv, "物流"sv, false}, {"H6210"sv, "餐饮管理"sv, false},
    {"E4910"sv, "建筑安装"sv, false}, {"K7010"sv, "房地产开发"sv, false}, {"L7212"sv, "投资"sv, false},
}};
constexpr std::array IndividualWords = {"商行"sv, "餐馆"sv, "五金店"sv, "便利店"sv, "理发店"sv, "汽车维修部"sv};

constexpr std::array<School, 24> Universities = {{
    {"中山大学"sv, "10558"sv}, {"华南理工大学"sv, "10561"sv}, {"暨南大学"sv, "10559"sv},
    {"华南师范大学"sv, "10574"sv}, {"广东工业大学"sv, "11845"sv}, {"肇庆学院"sv, "10580"sv},
    {"广东财经大学"sv, "10592"sv}, {"深圳大学"sv, "10590"sv}, {"广州大学"sv, "11078"sv},
    {"华南农业大学"sv, "10564"sv}, {"南方医科大学"sv, "12121"sv}, {"武汉大学"sv, "10486"sv},
    {"湖南大学"sv, "10532"sv}, {"广西大学"sv, "10593"sv}, {"南昌大学"sv, "10403"sv},
    {"四川大学"sv, "10610"sv}, {"郑州大学"sv, "10459"sv}, {"清华大学"sv, "10003"sv},
    {"北京大学"sv, "10001"sv}, {"浙江大学"sv, "10335"sv}, {"复旦大学"sv, "10246"sv},
    {"上海交通大学"sv, "10248"sv}, {"哈尔滨工业大学"sv, "10213"sv}, {"中南大学"sv, "10533"sv},
}};
constexpr std::array<School, 6> Colleges = {{
    {"肇庆医学高等专科学校"sv, "13719"sv}, {"广东机电职业技术学院"sv, "12059"sv},
    {"广东轻工职业技术学院"sv, "10833"sv}, {"广州番禺职业技术学院"sv, "12046"sv},
    {"顺德职业技术学院"sv, "11113"sv}, {"肇庆工商职业技术学院"sv, "13720"sv},
}};
// The country tag is the one character of the overseas study service
// centre's certification numbers (教留服认英...).
constexpr std::array<School, 8> Overseas = {{
    {"The University of Manchester"sv, "英"sv}, {"Imperial College London"sv, "英"sv},
    {"The University of Sydney"sv, "澳"sv}, {"National University of Singapore"sv, "新"sv},
    {"Technische Universität München"sv, "德"sv}, {"University of Toronto"sv, "加"sv},
    {"University of California, Berkeley"sv, "美"sv}, {"The University of Tokyo"sv, "日"sv},
}};
constexpr std::array Majors = {"计算机科学与技术"sv, "软件工程"sv, "电子信息工程"sv, "机械设计制造及其自动化"sv,
                               "材料科学与工程"sv, "化学工程与工艺"sv, "生物医学工程"sv, "临床医学"sv,
                               "会计学"sv, "工商管理"sv, "金融学"sv, "法学"sv, "汉语言文学"sv, "英语"sv,
                               "土木工程"sv, "电气工程及其自动化"sv, "自动化"sv, "药学"sv, "车辆工程"sv,
                               "新能源科学与工程"sv, "微电子科学与工程"sv, "护理学"sv};

constexpr std::array OccupationCodes = {"6-31-01-03"sv, "6-18-01-01"sv, "6-18-02-04"sv, "4-04-05-01"sv,
                                        "4-10-01-02"sv, "4-03-02-01"sv, "6-25-04-01"sv, "6-28-01-14"sv,
                                        "4-12-01-01"sv, "6-30-05-06"sv, "4-14-01-01"sv, "6-20-03-02"sv};
constexpr std::array TitleFields = {"工程"sv, "卫生"sv, "教育"sv, "经济"sv, "会计"sv, "农业"sv,
                                    "工艺美术"sv, "统计"sv, "翻译"sv};
constexpr std::array PublicOrganisations = {
    "肇庆高新技术产业开发区管理委员会"sv, "肇庆高新区人力资源和社会保障局"sv, "肇庆市第一人民医院"sv,
    "肇庆高新区第一中学"sv, "肇庆市端州区人民政府"sv, "肇庆市税务局高新区分局"sv,
    "肇庆学院"sv, "肇庆市公安局高新区分局"sv, "肇庆高新区大旺中心小学"sv, "四会市人民医院"sv};
constexpr std::array Banks = {"中国工商银行肇庆分行"sv, "中国建设银行肇庆分行"sv, "中国农业银行肇庆分行"sv,
                              "中国银行肇庆分行"sv, "肇庆农村商业银行"sv, "广发银行肇庆分行"sv,
                              "招商银行肇庆分行"sv, "中国邮政储蓄银行肇庆市分行"sv};

constexpr std::array PatentSubjects = {"锂离子电池隔膜"sv, "高精度伺服电机"sv, "柔性电路板"sv, "铝合金型材"sv,
                                       "智能仓储机器人"sv, "新能源汽车电驱动总成"sv, "光伏组件"sv,
                                       "医用导管"sv, "石墨烯导热膜"sv, "工业视觉检测系统"sv, "陶瓷电容器"sv,
                                       "电子级化学品"sv, "激光焊接设备"sv, "数据中心冷却系统"sv,
                                       "生物降解塑料"sv, "砚台雕刻装置"sv};
constexpr std::array PatentForms = {"的制备方法"sv, "及其制造方法"sv, "的检测装置"sv, "的控制方法及系统"sv,
                                    "用夹具"sv, "的散热结构"sv, "的生产线"sv, "的回收工艺"sv};
constexpr std::array DesignProducts = {"包装盒（茶叶）"sv, "智能门锁"sv, "电动自行车"sv, "充电桩"sv,
                                       "台灯"sv, "砚台"sv, "保温杯"sv, "无人机"sv};
} // namespace

std::span<const std::string_view> cityDistricts() { return CityDistricts; }
std::span<const std::string_view> nearbyCities() { return NearbyCities; }
std::span<const std::string_view> migrantHomeAreas() { return MigrantHomeAreas; }
std::span<const WeightedWord> surnames() { return Surnames; }
std::span<const std::string_view> maleGivenCharacters() { return MaleGiven; }
std::span<const std::string_view> femaleGivenCharacters() { return FemaleGiven; }
std::span<const std::string_view> tradeNameCharacters() { return TradeChars; }
std::span<const Industry> industries() { return Industries; }
std::span<const std::string_view> individualBusinessWords() { return IndividualWords; }
std::span<const School> universities() { return Universities; }
std::span<const School> colleges() { return Colleges; }
std::span<const School> overseasUniversities() { return Overseas; }
std::span<const std::string_view> majors() { return Majors; }
std::span<const std::string_view> occupationCodes() { return OccupationCodes; }
std::span<const std::string_view> titleFields() { return TitleFields; }
std::span<const std::string_view> publicOrganisations() { return PublicOrganisations; }
std::span<const std::string_view> banks() { return Banks; }
std::span<const std::string_view> patentSubjects() { return PatentSubjects; }
std::span<const std::string_view> patentInventionForms() { return PatentForms; }
std::span<const std::string_view> designProducts() { return DesignProducts; }

} // namespace mianshen::demo::vocabulary
