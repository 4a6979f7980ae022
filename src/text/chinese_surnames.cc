#include "text/chinese_surnames.h"

#include <string_view>

namespace newsloom::text_analysis {
namespace {

constexpr std::u32string_view kSurnames =
    U"王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    U"邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石"
    U"廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴"
    U"覃武戴莫孔向汤湯耿习習温溫";

}  // namespace

bool IsCommonChineseSurname(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

}  // namespace newsloom::text_analysis
