"""English of the per-account preferences, printing, and the walk-through's word and layout
fixes (issue #16): settings page, document preview, timeline punctuation, refusal status,
item search, log-in."""

ENGLISH = {
    # settings page
    "以下设置只属于当前账户（{name}），不影响在本机登录的其他人。":
        "These settings belong to your account ({name}) only; they change nothing for anyone "
        "else who signs in on this PC.",
    "A4 打印机": "A4 printer",
    "80mm 小票打印机": "80 mm slip printer",
    "（不设默认：每次打印时选择）": "(no default: choose the printer each time)",
    "{name}（本机未找到）": "{name} (not found on this PC)",
    "界面语言在下次登录时生效（可按 Ctrl+Shift+L 退出登录后重新登录）。":
        "The interface language takes effect at your next log-in (press Ctrl+Shift+L to log "
        "out, then sign in again).",
    "未找到打印机：本机没有可用的打印机，打印时仍可另存为PDF。":
        "No printer found: this PC has no printer available. Documents can still be saved "
        "as PDF.",
    "未保存：{reason}": "Not saved: {reason}",
    "打印机名称无法识别，请重新选择打印机":
        "the printer name cannot be used; choose the printer again",
    "不支持该界面语言": "this interface language is not supported",
    "没有改动。": "Nothing changed.",
    "已保存。界面语言在下次登录时生效，打印机设置立即生效。":
        "Saved. The interface language takes effect at your next log-in; the printers at once.",
    "已保存，立即生效。": "Saved; in effect at once.",
    # document preview
    "直接送默认打印机：{name}": "Prints straight to the default printer: {name}",
    "未设默认打印机：打印时选择打印机（可在“设置”中选定）":
        "No default printer: you choose the printer when printing (set one under "
        "\u201cSettings\u201d)",
    "选择打印机…": "Choose printer…",
    "A4 纸": "A4 paper",
    "80mm 热敏小票": "80 mm thermal slip",
    "正在打印到 {name}……": "Printing to {name}…",
    # timeline punctuation follows the language
    "，": ", ",
    "：": ": ",
    "；": "; ",
    "修改个人设置": "Personal settings changed",
    # a refusal says where its review stands
    "不予受理（待督查复核）": "Not accepted (awaiting supervisor review)",
    "不予受理（督查已确认）": "Not accepted (confirmed by supervisor)",
    # item search
    "没有找到与“{query}”相符的事项。请检查拼写，或改用事项名称中的字词、事项编码、部门名称或拼音首字母。":
        "No service item matches \u201c{query}\u201d. Check the spelling, or try words from "
        "the item's name, its code, the department or the pinyin initials.",
}
