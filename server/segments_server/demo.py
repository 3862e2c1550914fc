"""``seed-demo``: a user with a labeled dataset and a finished release."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from .accounts import create_user
from .datasets import create_dataset
from .db import Database
from .keys import issue_key
from .permissions import find_user
from .releases import ReleaseExporter
from .storage import Storage
from .tables import Label, Labelset, Release, Sample

CATEGORIES = [{"id": 1, "name": "violet", "color": [128, 0, 255]}, {"id": 2, "name": "tulip", "color": [255, 64, 64]}]


def seed_demo(db: Database, data_dir: Path, username: str = "demo", samples: int = 20) -> str:
    """Create the demo account and its data once; return a working API key (a new one every time)."""
    with db.session() as session:
        existing = find_user(session, username)
        if existing is not None and not existing.is_organization:
            return issue_key(session, existing, name="seed-demo")
    with db.session() as session:
        user, key = create_user(session, username)
        dataset = create_dataset(
            session,
            user,
            {
                "name": "demo-flowers",
                "description": "Demo dataset of the local reference server.",
                "task_type": "bboxes",
                "task_attributes": {"format_version": "0.1", "categories": CATEGORIES},
                "category": "garden",
            },
        )
        ground_truth = session.scalar(select(Labelset).where(Labelset.dataset_id == dataset.id))
        assert ground_truth is not None
        for index in range(samples):
            sample = Sample(
                dataset_id=dataset.id,
                name=f"flower-{index:03d}.jpg",
                attributes={"image": {"url": f"https://example.com/flowers/{index:03d}.jpg"}},
                metadata_={"weather": "sunny" if index % 2 else "cloudy"},
                created_by=username,
            )
            session.add(sample)
            session.flush()
            if index % 3 == 0:
                box = {"id": 1, "category_id": 1 + index % 2, "type": "bbox", "points": [[10.0, 10.0], [100.0, 80.0]]}
                session.add(
                    Label(
                        sample_id=sample.id,
                        labelset_id=ground_truth.id,
                        label_type="bboxes",
                        label_status="LABELED",
                        attributes={"format_version": "0.1", "annotations": [box]},
                        created_by=username,
                        updated_by=username,
                    )
                )
        release = Release(dataset_id=dataset.id, name="v0.1", description="Demo release", samples_count=samples)
        session.add(release)
        session.flush()
        release_id = release.id
    storage = Storage(data_dir, "http://127.0.0.1:8000", 100 * 1024 * 1024, 3600)
    exporter = ReleaseExporter(db, storage, workers=1)
    exporter.export(release_id)
    exporter.shutdown()
    return key
