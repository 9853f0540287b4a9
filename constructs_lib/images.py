"""Container images of the platform's own workloads, read from docker/images.yaml (the one version
source shared with `make images`)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
from pydantic import Field

from constructs_lib.config.types import StrictModel

IMAGES_FILE = Path(__file__).resolve().parents[1] / "docker" / "images.yaml"

_TAG = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"
_VERSION = r"^[0-9]+\.[0-9]+\.[0-9]+$"
# An upstream release tag: a version number, never `latest` or a moving major.
_VERSION_TAG = r"^v?[0-9]+\.[0-9]+(\.[0-9]+)?([-.][A-Za-z0-9.]+)?$"

# Image layout contract with docker/ (the Dockerfiles put the jobs exactly here).
SPARK_JOBS_DIR = "/opt/spark/jobs"
FLINK_USRLIB_DIR = "/opt/flink/usrlib"
FLINK_JOB_FILE = f"{FLINK_USRLIB_DIR}/user_activity_features.py"


class SparkJobsImage(StrictModel):
    tag: str = Field(pattern=_TAG)
    spark_version: str = Field(pattern=_VERSION)


class FlinkJobImage(StrictModel):
    tag: str = Field(pattern=_TAG)
    flink_version: str = Field(pattern=_VERSION)


class ImageSet(StrictModel):
    spark_jobs: SparkJobsImage = Field(alias="spark-jobs")
    flink_job: FlinkJobImage = Field(alias="flink-job")


class UpstreamImage(StrictModel):
    repository: str = Field(pattern=r"^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)*$")
    tag: str = Field(pattern=_VERSION_TAG)

    @property
    def ref(self) -> str:
        return f"{self.repository}:{self.tag}"


class UpstreamImages(StrictModel):
    """Third-party images run as they are, pinned here (never a chart's or operator's default)."""

    seaweedfs: UpstreamImage
    mlflow: UpstreamImage


class ImagesFile(StrictModel):
    registry: str = Field(pattern=r"^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)*$")
    images: ImageSet
    upstream: UpstreamImages

    def ref(self, name: str) -> str:
        """`<registry>/<name>:<tag>` for an image of docker/images.yaml."""
        image = getattr(self.images, name.replace("-", "_"))
        return f"{self.registry}/{name}:{image.tag}"

    @property
    def spark_jobs(self) -> str:
        return self.ref("spark-jobs")

    @property
    def flink_job(self) -> str:
        return self.ref("flink-job")

    @property
    def spark_version(self) -> str:
        return self.images.spark_jobs.spark_version

    @property
    def flink_version(self) -> str:
        return self.images.flink_job.flink_version

    @property
    def flink_version_enum(self) -> str:
        """FlinkDeployment `flinkVersion` (`v2_2` for 2.2.x)."""
        major, minor, _ = self.flink_version.split(".")
        return f"v{major}_{minor}"

    @property
    def flink_python_jar(self) -> str:
        # The official Flink 2.x image ships the PyFlink driver jar in opt/ without a Scala suffix
        # (flink-python-<version>.jar); PythonDriver is its entry class.
        return f"local:///opt/flink/opt/flink-python-{self.flink_version}.jar"


def load_images(path: Path = IMAGES_FILE) -> ImagesFile:
    data = yaml.safe_load(path.read_text())
    images = ImagesFile.model_validate(data)
    for name in ("spark-jobs", "flink-job"):
        if not re.search(r"\d", getattr(images.images, name.replace("-", "_")).tag):
            raise ValueError(f"{path}: images.{name}.tag must be a versioned tag")
    return images


@functools.lru_cache(maxsize=1)
def images() -> ImagesFile:
    return load_images()
