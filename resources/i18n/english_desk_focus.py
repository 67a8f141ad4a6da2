"""English for the walk-through's desk fixes: switching user from the lock screen."""

ENGLISH = {
    # -- the lock screen ---------------------------------------------------------------------
    "切换用户": "Switch user",
    "退出 {name} 的登录（未完成的登记保存为其草稿），由其他工作人员登录":
        "Log {name} out (an unfinished registration is kept as their draft) so that another "
        "clerk can sign in",
    # -- the checklist's preliminary check: short hints, the whole rule as a tooltip --------
    "超出职权时必填": "If outside our powers",
    "早于今天时必填": "If before today",
    # -- the case dialog's rating buttons, resting once the service is rated -----------------
    "本次服务已评价或已记录未评价": "This service is rated (or recorded as not rated)",
}
