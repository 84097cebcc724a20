package dev.posdx.i18n.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * Common characters that tell Simplified from Traditional Chinese, as pairs (Simplified,
 * Traditional) such as 与/與, 发/發, 银/銀. Every character listed is used in one script only in
 * modern text; characters both scripts share (卡, 行, 系, 台, 里, 余, 范 as a surname, 据 as in
 * 拮据…) are left out on purpose, so a hit is a real mistake (a phrase pasted from the other
 * script, or a character conversion gone wrong). One exception is kept because it is the most
 * common conversion slip: 后 (Traditional 後 "after"); Traditional uses 后 only for "empress",
 * which payment guidance never says. The list is small and hand-picked from
 * the vocabulary of payment guidance, not a full conversion table: it catches mistakes, it does
 * not prove a text clean.
 *
 * @since 0.1
 */
public final class ChineseScript {

  // Pairs "SimplifiedTraditional", space-separated; one Simplified form may pair with two.
  private static final String PAIRS =
      ""
          + "发發 银銀 与與 请請 联聯 络絡 时時 间間 额額 础礎 这這 个個 们們 来來 对對 说說 话話 电電 网網 码碼 "
          + "机機 构構 账賬 账帳 号號 务務 处處 认認 证證 验驗 输輸 错錯 误誤 过過 无無 终終 断斷 连連 线線 稳穩 "
          + "设設 备備 读讀 写寫 损損 坏壞 换換 试試 冻凍 结結 挂掛 数數 种種 类類 员員 货貨 单單 总總 国國 际際 "
          + "币幣 汇匯 节節 签簽 钥鑰 钟鐘 确確 记記 录錄 应應 为為 会會 让讓 问問 题題 关關 闭閉 开開 纸紙 检檢 "
          + "维維 护護 练練 训訓 专專 业業 帮幫 谢謝 现現 实實 状狀 态態 动動 则則 规規 项項 场場 当當 见見 选選 "
          + "择擇 紧緊 该該 须須 补補 办辦 资資 够夠 风風 险險 诈詐 骗騙 盗盜 窃竊 没沒 绝絕 储儲 贷貸 产產 围圍 "
          + "区區 内內 扫掃 邮郵 热熱 营營 执執 条條 头頭 钱錢 价價 费費 减減 优優 启啟 拨撥 询詢 咨諮 双雙 尝嘗 "
          + "复復 复複 销銷 顾顧 历歷 历曆 档檔 卫衛 缴繳 亏虧 纳納 领領 导導 统統 广廣 厂廠 书書 报報 经經 "
          + "济濟 权權 续續 获獲 响響 达達 运運 转轉 递遞 软軟 韩韓 语語 简簡 体體 门門 质質 图圖 仅僅 尽盡 "
          + "团團 县縣 岁歲 后後 ";

  private static final ImmutableMap<Integer, Integer> SIMPLIFIED_ONLY;
  private static final ImmutableMap<Integer, Integer> TRADITIONAL_ONLY;

  static {
    ImmutableMap.Builder<Integer, Integer> simplified = ImmutableMap.builder();
    ImmutableMap.Builder<Integer, Integer> traditional = ImmutableMap.builder();
    java.util.Set<Integer> seenS = new java.util.HashSet<>();
    java.util.Set<Integer> seenT = new java.util.HashSet<>();
    for (String pair : PAIRS.trim().split(" ")) {
      int s = pair.codePointAt(0);
      int t = pair.codePointAt(Character.charCount(s));
      if (seenS.add(s)) {
        simplified.put(s, t);
      }
      if (seenT.add(t)) {
        traditional.put(t, s);
      }
    }
    SIMPLIFIED_ONLY = simplified.buildOrThrow();
    TRADITIONAL_ONLY = traditional.buildOrThrow();
  }

  private ChineseScript() {}

  /** Simplified-only characters, each mapped to a Traditional form. */
  public static Map<Integer, Integer> simplifiedOnly() {
    return SIMPLIFIED_ONLY;
  }

  /** Traditional-only characters, each mapped to its Simplified form. */
  public static Map<Integer, Integer> traditionalOnly() {
    return TRADITIONAL_ONLY;
  }

  /** The first character of {@code text} that belongs to Traditional Chinese only, if any. */
  public static Optional<Integer> firstTraditionalOnly(String text) {
    return first(text, TRADITIONAL_ONLY);
  }

  /** The first character of {@code text} that belongs to Simplified Chinese only, if any. */
  public static Optional<Integer> firstSimplifiedOnly(String text) {
    return first(text, SIMPLIFIED_ONLY);
  }

  private static Optional<Integer> first(String text, Map<Integer, Integer> set) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (set.containsKey(cp)) {
        return Optional.of(cp);
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }
}
