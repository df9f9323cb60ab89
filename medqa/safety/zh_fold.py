"""Traditional -> Simplified Chinese folding, one character to one character, for the scope and PHI rules.

The scope guard and PHI patterns are written in Simplified characters. Folding character by character
keeps every offset in place, which PHI redaction needs (spans index the original text). The table is
OpenCC's one-to-one character table (TSCharacters, shared with medqa.safety.normalize) with this module's own
pairs on top: a hand list alone missed characters nobody listed (plate provinces 魯/閩, the surname 範/范),
which test batch 3 showed. Phrase-level conversion is not used: it changes lengths.
"""

from functools import lru_cache

from medqa.safety.normalize import traditional_to_simplified_table

_PAIRS = (
    # medicines and dosing
    "藥药 劑剂 幾几 顆颗 粒粒 滴滴 噴喷 貼贴 針针 瓶瓶 盒盒 袋袋 錠锭 膠胶 囊囊 漿浆 沖冲 劑剂 量量 倍倍 "
    "雙双 兩两 減减 換换 加加 停停 斷断 續续 處处 開开 療疗 癒愈 醫医 診诊 護护 師师 劑剂 錄录 "
    "服服 喫吃 餵喂 給给 麼么 嗎吗 們们 個个 這这 會会 該该 應应 還还 沒没 為为 點点 隻只 "
    "類类 種种 說说 請请 問问 讓让 對对 錯错 試试 聽听 覺觉 經经 過过 現现 從从 見见 長长 樣样 "
    "發发 燒烧 頭头 瘡疮 癢痒 腫肿 塊块 紅红 疹疹 傷伤 膿脓 瘍疡 癥症 癌癌 瘤瘤 炎炎 結结 腎肾 "
    "臟脏 腸肠 腦脑 膽胆 關关 節节 風风 濕湿 壓压 糖糖 尿尿 痛痛 疼疼 暈晕 麻麻 悶闷 脹胀 瀉泻 "
    "咳咳 嗽嗽 喘喘 吐吐 淚泪 癲癫 癇痫 麵面 飯饭 餐餐 飲饮 體体 溫温 熱热 涼凉 憂忧 鬱郁 慮虑 "
    "產产 懷怀 孕孕 婦妇 歲岁 兒儿 寶宝 孫孙 媽妈 爺爷 親亲 婆婆 夥伙 "
    "檢检 驗验 術术 後后 鏡镜 刺刺 影影 報报 銷销 費费 錢钱 單单 據据 號号 掛挂 預预 約约 門门 "
    "時时 間间 鐘钟 營营 業业 網网 線线 寄寄 遞递 帶带 補补 忘忘 漏漏 剩剩 丟丢 過过 期期 舊旧 "
    "冰冰 箱箱 保保 質质 扔扔 處处 理理 裡里 裏里 邊边 層层 樓楼 棟栋 單单 區区 縣县 鎮镇 鄉乡 "
    "園园 灣湾 橋桥 濱滨 圍围 東东 廣广 龍龙 華华 陽阳 蘇苏 廈厦 貴贵 遼辽 寧宁 黃黄 "
    "陳陈 劉刘 張张 趙赵 吳吴 馬马 鄭郑 羅罗 謝谢 許许 韓韩 馮冯 鄧邓 蕭萧 葉叶 呂吕 盧卢 蔣蒋 "
    "鍾钟 楊杨 歐欧 偉伟 麗丽 軍军 強强 靜静 濤涛 鵬鹏 飛飞 鳳凤 蘭兰 輝辉 剛刚 傑杰 穎颖 "
    "漢汉 慶庆 莊庄 葉叶 鄒邹 嚴严 顧顾 龔龚 賴赖 魏魏 潘潘 萬万 錢钱 湯汤 賀贺 賈贾 "
    "謝谢 車车 牌牌 設设 備备 編编 碼码 電电 話话 郵邮 證证 認认 識识 姓姓 叫叫 "
    "讀读 寫写 記记 議议 態态 厲厉 嚴严 難难 惡恶 輕轻 變变 緊紧 擔担 總总 種种 殺杀 "
    "適适 進进 轉转 輪轮 屬属 視视 來来 動动 別别 國国 場场 幫帮 擋挡 氣气 滬沪 狀状 粵粤 紀纪 "
    "貧贫 鏈链 週周 齡龄 專专 數数 值值 測测 脈脉 維维 島岛 醯酰 纈缬 鈣钙 紗纱 縫缝 導导 "
    "啟启 麼么 甚什 囉啰 嘔呕 噁恶 瘋疯 癱瘫 瘓痪 癟瘪 瘀瘀 驚惊 嚇吓 衛卫 險险 "
)
_TABLE = {}
for _pair in _PAIRS.split():
    if len(_pair) == 2 and _pair[0] != _pair[1]:
        _TABLE[ord(_pair[0])] = _pair[1]


@lru_cache(maxsize=1)
def _full_table() -> dict[int, str]:
    # This module's pairs win where the two disagree (they were chosen for the rules' own wording).
    return {**traditional_to_simplified_table(), **_TABLE}


def fold_traditional(text: str) -> str:
    """Replace Traditional characters with their Simplified forms; the result has the same length."""
    return text.translate(_full_table())
