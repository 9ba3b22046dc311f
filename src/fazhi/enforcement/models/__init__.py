"""The enforcement app's models, by concern (Django finds them through this package)."""

from fazhi.enforcement.models.bodies import *  # noqa: F403
from fazhi.enforcement.models.cases import *  # noqa: F403
from fazhi.enforcement.models.chain import *  # noqa: F403
from fazhi.enforcement.models.review import *  # noqa: F403
from fazhi.enforcement.models.supervision import *  # noqa: F403
