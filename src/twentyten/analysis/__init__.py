"""Analysis over the model's ensembles: global sensitivity and scenario discovery (PRIM)."""

from twentyten.analysis.discovery import (
    DiscoveryResult,
    PrimBox,
    TrajectoryPoint,
    discover_boxes,
    run_discovery,
)
from twentyten.analysis.sensitivity import (
    Driver,
    SensitivityResult,
    Variable,
    morris_drivers,
    run_sensitivity,
    sobol_drivers,
)

__all__ = [
    "DiscoveryResult",
    "Driver",
    "PrimBox",
    "SensitivityResult",
    "TrajectoryPoint",
    "Variable",
    "discover_boxes",
    "morris_drivers",
    "run_discovery",
    "run_sensitivity",
    "sobol_drivers",
]
