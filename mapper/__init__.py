"""mapper: who holds which town, since when, and says who.

Pipeline: ingest -> geoparse -> extract -> timeline -> render; see mapper.pipeline.
"""

__version__ = "0.1.0"
