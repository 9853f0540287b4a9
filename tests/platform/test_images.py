"""docker/images.yaml: the one version source of the platform's own images."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from constructs_lib.images import IMAGES_FILE, images, load_images


def test_images_file_parses_and_names_both_images():
    image_set = images()
    assert image_set.spark_jobs == f"{image_set.registry}/spark-jobs:{image_set.images.spark_jobs.tag}"
    assert image_set.flink_job == f"{image_set.registry}/flink-job:{image_set.images.flink_job.tag}"
    assert image_set.flink_version_enum == "v2_2"
    assert image_set.spark_version in image_set.images.spark_jobs.tag
    assert image_set.flink_version in image_set.images.flink_job.tag


def test_every_synthesized_workload_uses_an_image_from_the_file(synthesized):
    refs = {images().spark_jobs, images().flink_job}
    used = set()
    for charts in synthesized.values():
        for chart in ("flink-jobs", "spark-templates", "model-serving"):
            body = yaml.safe_dump_all(charts[chart])
            used |= {ref for ref in refs if ref in body}
            assert "image: " in body
            for line in body.splitlines():
                if line.strip().startswith("image: "):
                    assert line.split("image: ", 1)[1] in refs, line
    assert used == refs


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["images"]["spark-jobs"].update(tga="x"), "tga"),
    (lambda d: d["images"]["flink-job"].update(tag="latest"), "versioned tag"),
    (lambda d: d["images"].pop("flink-job"), "flink-job"),
    (lambda d: d.update(registry="GHCR.io/Bad Name"), "registry"),
])
def test_bad_images_file_is_rejected(tmp_path, mutate, message):
    data = yaml.safe_load(IMAGES_FILE.read_text())
    mutate(data)
    path = tmp_path / "images.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=message):
        load_images(path)


def test_file_lives_where_make_images_reads_it():
    assert IMAGES_FILE == ROOT / "docker" / "images.yaml"


def test_upstream_images_are_pinned_releases(tmp_path):
    upstream = images().upstream
    assert upstream.seaweedfs.ref.startswith("chrislusf/seaweedfs:")
    assert upstream.mlflow.ref.startswith("burakince/mlflow:")
    data = yaml.safe_load(IMAGES_FILE.read_text())
    data["upstream"]["seaweedfs"]["tag"] = "latest"
    path = tmp_path / "images.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match="tag"):
        load_images(path)
