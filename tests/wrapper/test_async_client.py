"""AsyncSegmentsClient: the same surface, awaited, against the live server."""

from __future__ import annotations

import asyncio
import io

import httpx
import pytest
from segments_client import AsyncSegmentsClient, BulkError, NotFoundError, ValidationError, models

from tests.local_server import RunningServer
from tests.task_examples import LABELS, SAMPLES


def run(coroutine: object) -> None:
    asyncio.run(coroutine)  # type: ignore[arg-type]


def test_async_surface(live: RunningServer, api_key: str, username: str) -> None:
    async def scenario() -> None:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            identifier = f"{username}/ds"
            assert (await client.get_user()).username == username
            await client.add_dataset("ds", task_type="bboxes")
            assert (await client.get_dataset(identifier)).task_type == "bboxes"
            await client.update_dataset(identifier, readme="# hello")
            assert [d.name for d in await client.get_datasets()] == ["ds"]
            friend = f"{username}-a"
            live.local.create_user(friend)
            await client.add_dataset_collaborator(identifier, friend)
            assert (await client.update_dataset_collaborator(identifier, friend, "manager")).role == "manager"
            assert (await client.get_dataset_collaborator(identifier, friend)).role == "manager"
            await client.delete_dataset_collaborator(identifier, friend)
            sample = await client.add_sample(identifier, "a", SAMPLES["bboxes"])
            uuid = str(sample.uuid)
            assert (await client.update_sample(uuid, metadata={"x": 1})).metadata.to_dict() == {"x": 1}
            await client.add_label(uuid, "ground-truth", LABELS["bboxes"])
            assert isinstance((await client.get_label(uuid)).attributes, models.ImageVectorLabelAttributes)
            await client.update_label(uuid, "ground-truth", label_status="REVIEWED")
            assert [s.label.label_status for s in await client.get_samples(identifier, labelset="ground-truth")] == [
                "REVIEWED"
            ]
            await client.delete_label(uuid, "ground-truth")
            await client.add_labelset(identifier, "model")
            assert (await client.get_labelset(identifier, "model")).name == "model"
            assert len(await client.get_labelsets(identifier)) == 2
            await client.delete_labelset(identifier, "model")
            issue = await client.add_issue(uuid, "check")
            await client.update_issue(str(issue.uuid), description="check again")
            assert [i.description for i in await client.get_issues(identifier)] == ["check again"]
            await client.delete_issue(str(issue.uuid))
            assert len(await client.get_workunits(identifier)) == 2
            assert len([w async for w in client.iter_workunits(identifier, per_page=1)]) == 2
            asset = await client.upload_asset(io.BytesIO(b"async bytes"), filename="a.png")
            assert httpx.get(asset.url).content == b"async bytes"
            await client.add_release(identifier, "r1")
            assert (await client.wait_for_release(identifier, "r1", poll_interval=0.05)).status == "SUCCEEDED"
            assert (await client.download_release(identifier, "r1"))["name"] == "r1"
            assert [r.name for r in await client.get_releases(identifier)] == ["r1"]
            assert (await client.get_release(identifier, "r1")).samples_count == 1
            await client.delete_release(identifier, "r1")
            clone = await client.clone_dataset(identifier)
            assert clone.name == "ds-clone"
            assert (await client.get_sample(uuid)).name == "a"
            await client.delete_sample(uuid)
            await client.delete_dataset(f"{username}/ds-clone")
            with pytest.raises(NotFoundError):
                await client.get_dataset(f"{username}/ds-clone")
            assert [d.name async for d in client.iter_datasets()] == ["ds"]

    run(scenario())


def test_async_bulk_with_concurrency_and_a_failing_item(live: RunningServer, api_key: str, username: str) -> None:
    async def scenario() -> None:
        async with AsyncSegmentsClient(api_key, live.url) as client:
            identifier = f"{username}/bulk"
            await client.add_dataset("bulk", task_type="vector")
            items = [{"name": f"s{i:04d}", "attributes": SAMPLES["vector"]} for i in range(1200)]
            items[777] = {"name": "broken", "attributes": SAMPLES["pointcloud-cuboid"]}
            seen: list[int] = []
            with pytest.raises(BulkError) as failure:
                await client.add_samples(
                    identifier, items, batch_size=100, max_concurrency=4, progress=lambda done, total: seen.append(done)
                )
            assert [f.index for f in failure.value.failed] == [777]
            assert isinstance(failure.value.failed[0].error, ValidationError)
            assert failure.value.failed[0].item["name"] == "broken"
            assert len(failure.value.succeeded) == 1199
            assert seen[-1] == 1200
            names = [s.name async for s in client.iter_samples(identifier, per_page=1000)]
            assert len(names) == 1199 and "broken" not in names
            again = await client.add_samples(identifier, items[:10], progress=False)
            assert [s.name for s in again] == [f"s{i:04d}" for i in range(10)], "existing names come back"
            deleted = await client.delete_samples(identifier, [str(s.uuid) for s in again])
            assert deleted.deleted_count == 10

    run(scenario())
