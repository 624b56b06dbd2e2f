"""Wall-clock times of the workshop's day, the way the people in the room read a clock.

The store keeps every moment in UTC; the workshop records the UTC offset of the place
where it was started (``utc_offset_minutes``), so that its run sheet and protocol show
the same '19:30' on the moderator's laptop, in the office in another zone, and on a
server in UTC. A workshop that recorded no offset (held before it was recorded) falls
back to the zone of the machine that shows it.
"""

from __future__ import annotations

import datetime as dt


def local_time(moment: dt.datetime, offset_minutes: int | None = None) -> dt.datetime:
    """``moment`` as naive wall-clock time at ``offset_minutes`` east of UTC (the
    machine's zone when None). A naive ``moment`` is taken as UTC, as the store means it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    if offset_minutes is None:
        return moment.astimezone().replace(tzinfo=None)
    zone = dt.timezone(dt.timedelta(minutes=offset_minutes))
    return moment.astimezone(zone).replace(tzinfo=None)


def machine_offset_minutes(moment: dt.datetime) -> int:
    """The machine's UTC offset at ``moment`` (aware), in whole minutes."""
    offset = moment.astimezone().utcoffset() or dt.timedelta(0)
    return round(offset.total_seconds() / 60)
