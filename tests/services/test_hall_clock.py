"""The program keeps the hall's time (Beijing time) whatever zone the PC is set to."""

import datetime as dt
import os
import subprocess
import sys

import pytest

PRINT_NOW = ("from counterdesk.services.workspace import local_now; "
             "now = local_now(); print(now.isoformat(), now.utcoffset())")


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Shanghai"])
def test_a_pc_left_on_another_zone_still_dates_everything_by_the_hall_s_day(zone):
    # GIVEN a PC set to `zone` WHEN the program reads its clock
    shown = subprocess.run([sys.executable, "-c", PRINT_NOW], capture_output=True, text=True,
                           env={**os.environ, "TZ": zone}, check=True).stdout.split()
    stamp, offset = shown[0], shown[1]
    # THEN it is Beijing time: the same instant, the hall's day and hour
    assert offset == "8:00:00" and stamp.endswith("+08:00")
    moment = dt.datetime.fromisoformat(stamp)
    beijing = dt.datetime.now(dt.timezone(dt.timedelta(hours=8)))
    assert abs((beijing - moment).total_seconds()) < 60
