"""A static PNG of who held what on a date, for reports (matplotlib through geopandas)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from mapper.borders import borders_within
from mapper.errors import OutputError
from mapper.models import ControlPeriod
from mapper.timeline import periods_to_geodataframe, state_as_of

UNKNOWN_COLOUR = "#8c8c8c"


def write_snapshot(periods: Sequence[ControlPeriod], side_colours: Mapping[str, str],
                   path: Path, as_of: dt.date | None = None, title: str | None = None) -> int:
    """Draw the holder of every located place on ``as_of`` (default: the latest state) over
    Natural Earth borders; returns the number of places drawn."""
    import geopandas as gpd
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if as_of is None:
        latest: dict[str, ControlPeriod] = {}
        for p in periods:
            latest[p.place_key] = p
        state = list(latest.values())
    else:
        state = state_as_of(periods, as_of)
    gdf = periods_to_geodataframe(state)
    gdf = gdf[gdf.geometry.notna()]
    fig, ax = plt.subplots(figsize=(9, 7), dpi=120)
    if len(gdf):
        minx, miny, maxx, maxy = gdf.total_bounds
        borders = gpd.GeoDataFrame.from_features(
            borders_within((miny, minx, maxy, maxx), margin=4)["features"], crs="EPSG:4326")
        borders.plot(ax=ax, color="#f4f1ea", edgecolor="#555", linewidth=0.6)
        colours = [side_colours.get(s or "", UNKNOWN_COLOUR) for s in gdf["side"]]
        gdf.plot(ax=ax, color=colours, edgecolor="#222", markersize=40, zorder=3)
        for point, name in zip(gdf.geometry, gdf["place"], strict=True):
            ax.annotate(name, (point.x, point.y), xytext=(4, 3), textcoords="offset points",
                        fontsize=7)
        pad = 0.5
        ax.set_xlim(minx - pad, maxx + pad)
        ax.set_ylim(miny - pad, maxy + pad)
    sides = sorted({s for s in gdf["side"] if s}) if len(gdf) else []
    handles = [Line2D([0], [0], marker="o", linestyle="", markerfacecolor=side_colours.get(
        s, UNKNOWN_COLOUR), markeredgecolor="#222", label=s) for s in sides]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, title="Who holds it")
    when = as_of.isoformat() if as_of else "latest reports"
    ax.set_title(title or f"Territorial control as of {when}")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    fig.text(0.01, 0.01, "Borders: Natural Earth. Places: GeoNames (CC BY 4.0).", fontsize=6)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".png")
        os.close(fd)
        fig.savefig(tmp, bbox_inches="tight")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        plt.close(fig)
    return len(gdf)
