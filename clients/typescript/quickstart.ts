// A TypeScript client generated from openapi.yaml (openapi-typescript + openapi-fetch), used the
// way a pipeline would: create a dataset, add samples, put a label, list with filters, create a
// release, read an error. `make test` type-checks this with `tsc --strict` and runs it against a
// live local server; it prints one JSON summary line.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/schema.js";

type Sample = components["schemas"]["Sample"];

const baseUrl = process.env.SEGMENTS_BASE_URL ?? "http://127.0.0.1:8000";
const apiKey = process.env.SEGMENTS_API_KEY;
if (!apiKey) throw new Error("set SEGMENTS_API_KEY");

const client = createClient<paths>({ baseUrl, headers: { Authorization: `APIKey ${apiKey}` } });

function fail(step: string, error: unknown): never {
  throw new Error(`${step} failed: ${JSON.stringify(error)}`);
}

async function main(): Promise<void> {
  const me = await client.GET("/user");
  if (!me.data) fail("get user", me.error);
  const owner = me.data.username;
  const name = process.env.SEGMENTS_DATASET ?? `ts-${Date.now()}`;
  const path = { owner, dataset: name };

  const dataset = await client.POST("/user/datasets/", {
    body: {
      name,
      task_type: "bboxes",
      task_attributes: {
        format_version: "0.1",
        categories: [
          {
            id: 1,
            name: "car",
            attributes: [{ name: "color", input_type: "select", values: ["red", "blue"], default_value: null }],
          },
        ],
      },
    },
  });
  if (!dataset.data) fail("create dataset", dataset.error);

  const samples = await client.POST("/datasets/{owner}/{dataset}/samples_bulk/", {
    params: { path },
    body: ["a.jpg", "b.jpg", "c.jpg"].map((file) => ({
      name: file,
      attributes: { image: { url: `https://example.com/${file}` } },
      metadata: { weather: file === "a.jpg" ? "rain" : "sun" },
    })),
  });
  if (!samples.data) fail("add samples", samples.error);
  const first: Sample | undefined = samples.data[0];
  if (!first) fail("add samples", "no sample returned");

  const label = await client.PUT("/labels/{sample_uuid}/{labelset}/", {
    params: { path: { sample_uuid: first.uuid, labelset: "ground-truth" } },
    body: {
      label_status: "LABELED",
      attributes: {
        format_version: "0.1",
        annotations: [
          { id: 1, category_id: 1, type: "bbox", points: [[0, 0], [10, 10]], attributes: { color: null } },
        ],
      },
    },
  });
  if (!label.data) fail("put label", label.error);

  const labeled = await client.GET("/datasets/{owner}/{dataset}/samples/", {
    params: { path, query: { label_status: "LABELED", per_page: 10 } },
  });
  if (!labeled.data) fail("list labeled", labeled.error);
  const rainy = await client.GET("/datasets/{owner}/{dataset}/samples/", {
    params: { path, query: { filters: "weather:rain", sort: "-created_at" } },
  });
  if (!rainy.data) fail("list filtered", rainy.error);

  const release = await client.POST("/datasets/{owner}/{dataset}/releases/", {
    params: { path },
    body: { name: "v1", description: "from TypeScript" },
  });
  if (!release.data) fail("create release", release.error);

  const missing = await client.GET("/datasets/{owner}/{dataset}/", {
    params: { path: { owner, dataset: "no-such-dataset" } },
  });
  if (missing.data || !missing.error) fail("read a missing dataset", "it was found");

  console.log(
    JSON.stringify({
      dataset: dataset.data.full_name,
      samples: samples.data.map((sample) => sample.name),
      label_status: label.data.label_status,
      null_attribute: "color" in (label.data.attributes as { annotations: { attributes: object }[] }).annotations[0]!.attributes,
      labeled: labeled.data.map((sample) => sample.name),
      rainy: rainy.data.map((sample) => sample.name),
      release: [release.data.name, release.data.status],
      error: [missing.response.status, missing.error.detail],
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
