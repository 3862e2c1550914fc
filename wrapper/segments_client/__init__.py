"""segments_client: an ergonomic SDK for the Segments.ai API."""
