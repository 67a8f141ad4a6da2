"""English for the strings of issue #15's encrypted backups and retention rule."""

ENGLISH = {
    "个人信息保留年限": "Keep personal data (years)",
    "留空为不设期限；设定后，办结超过该年限的案件可匿名化个人信息":
        "Empty: no limit. When set, personal data of cases finished longer ago can be "
        "anonymised",
    "复制到数据目录以外的备份必须加密": "Backups copied out of the data folder must be encrypted",
}
