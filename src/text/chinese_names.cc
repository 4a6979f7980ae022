#include "text/chinese_names.h"

#include <string_view>

namespace newsloom::text_analysis {
namespace {

constexpr std::u32string_view kSurnames =
    U"王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    U"邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石"
    U"廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴"
    U"覃武戴莫孔向汤湯耿习習温溫";

constexpr std::u32string_view kTranscription =
    U"阿埃艾安昂奥巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁东杜多厄恩尔法菲费芬弗福富盖甘"
    U"冈戈格根古哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康科克肯库拉莱兰朗劳勒雷蕾黎里利列琳隆卢鲁"
    U"伦罗洛马迈麦曼梅蒙米莫姆穆纳奈南内尼涅努诺帕潘佩彭皮普奇齐乔切钦琼丘萨塞桑瑟森沙莎舍什"
    U"施舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威维韦温沃乌武西希锡谢辛休雅亚扬耶伊因英尤扎泽詹"
    U"珍朱兹佐娃娜丽莉芙夫茨别济欣哥奎夸贡廷敦顿登芒缪翁伍席延约祖赛色史诺杰莱柯";

}  // namespace

bool IsCommonChineseSurname(char32_t c) { return kSurnames.find(c) != std::u32string_view::npos; }

bool IsTranscriptionCharacter(char32_t c) {
  return kTranscription.find(c) != std::u32string_view::npos;
}

}  // namespace newsloom::text_analysis
