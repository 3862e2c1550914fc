"""End-to-end tour of the Segments.ai API with segments_client.

Runs against any server implementing the contract: `make run` starts the local reference server
and runs this with a demo account. Against the real API:
    SEGMENTS_API_KEY=... python examples/quickstart.py
"""

from __future__ import annotations

import io
import sys
import uuid

from segments_client import NotFoundError, SegmentsClient


def main() -> int:
    with SegmentsClient() as client:  # SEGMENTS_API_KEY and SEGMENTS_API_URL from the environment
        me = client.get_user()
        print(f"Hello {me.username} ({client.base_url})")
        existing = [d.full_name for d in client.iter_datasets()]
        print(f"You can see {len(existing)} dataset(s): {', '.join(existing) or '-'}")

        name = f"quickstart-{uuid.uuid4().hex[:8]}"
        categories = [{"id": 1, "name": "car"}, {"id": 2, "name": "person"}]
        dataset = client.add_dataset(name, task_type="bboxes", task_attributes={"categories": categories})
        identifier = dataset.full_name
        print(f"Created {identifier}")

        image = client.upload_asset(io.BytesIO(b"\x89PNG demo image bytes"), filename="street.png")
        samples = [{"name": f"street-{i:03d}.png", "attributes": {"image": {"url": image.url}}} for i in range(120)]
        created = client.add_samples(identifier, samples, batch_size=50, progress=False)
        print(f"Uploaded {len(created)} samples in batches")

        for sample in created[:10]:
            box = {"id": 1, "category_id": 1, "type": "bbox", "points": [[10, 10], [120, 90]]}
            client.add_label(str(sample.uuid), "ground-truth", {"annotations": [box]}, label_status="LABELED")
        labeled = sum(1 for _ in client.iter_samples(identifier, label_status="LABELED", per_page=50))
        print(f"Labeled {labeled} samples; label stats: {client.get_dataset(identifier).label_stats.to_dict()}")

        client.add_release(identifier, "v1.0", "First release")
        release_file = client.download_release(identifier, "v1.0", timeout=120)
        print(f"Release v1.0 holds {len(release_file['dataset']['samples'])} samples")

        client.delete_dataset(identifier)
        try:
            client.get_dataset(identifier)
        except NotFoundError:
            print(f"Deleted {identifier}. All done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
