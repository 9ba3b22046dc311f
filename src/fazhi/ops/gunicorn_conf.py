"""gunicorn's settings under ``fazhi serve`` (workers and address come on its command line).

Logs go to stdout as JSON lines like the platform's own; fazhi's request log
replaces gunicorn's access log, so there is one line per request.
"""

# gunicorn reads these module-level names.
accesslog = None
errorlog = "-"
capture_output = False
# gunicorn 24+ opens a control socket under $HOME by default; fazhi does not use it, and two
# instances (the tests, a staging copy) would contend for the one path.
control_socket_disable = True
# Longer than the SQLite lock timeout (20 s), so a request waiting on the lock answers 503 itself.
timeout = 60
graceful_timeout = 30
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "fazhi.ops.logs.JsonLineFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}
    },
    "loggers": {"gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}


def child_exit(server, worker):
    # A dead worker's counters stay summed in /metrics; its live gauges must go.
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
