# The module-level functions configure the root logger on first use: WARNING:root:msg on stderr.
import logging

log = logging.getLogger(__name__)
log.info("below WARNING: dropped")
logging.info("dropped too")
print("handlers before:", logging.root.handlers)
logging.warning("disk %d%% full", 91)
print("handlers after:", len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.error("then %s", "this")
