"""Certificates and keys for a test control plane, made with the openssl CLI: a CA, the API server's
serving certificate, the service-account signing key pair, and serving certificates for webhooks."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


def _openssl(*args: str, cwd: Path) -> None:
    result = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)}: {result.stderr.strip()}")


@dataclass(frozen=True)
class KeyPair:
    cert: Path
    key: Path


SELF = KeyPair(Path("/dev/null"), Path("/dev/null"))


class Pki:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.ca = KeyPair(directory / "ca.crt", directory / "ca.key")
        _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=controlplane-test-ca",
                 "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                 cwd=directory)
        # Service-account tokens: RSA, as kubeadm makes them.
        self.sa_key = directory / "sa.key"
        self.sa_pub = directory / "sa.pub"
        _openssl("genrsa", "-out", "sa.key", "2048", cwd=directory)
        _openssl("rsa", "-in", "sa.key", "-pubout", "-out", "sa.pub", cwd=directory)

    def serving(self, name: str, dns: list[str], ips: list[str] = (), usages: str = "serverAuth",
                signer: KeyPair | None = None, common_name: str | None = None) -> KeyPair:
        """A certificate for these names signed by `signer` (default: the CA); `signer=SELF` for a
        self-signed one (what cert-manager's selfSigned issuer gives)."""
        san = ",".join([f"DNS:{d}" for d in dns] + [f"IP:{i}" for i in ips])
        ext = self.dir / f"{name}.ext"
        lines = [f"extendedKeyUsage={usages}", "keyUsage=critical,digitalSignature,keyEncipherment"]
        if san:
            lines.insert(0, f"subjectAltName={san}")
        ext.write_text("\n".join(lines) + "\n")
        subject = f"/CN={common_name or (dns[0] if dns else name)}"
        if signer is SELF:
            _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", f"{name}.key", "-out", f"{name}.crt", "-days", "2", "-subj", subject,
                     "-extensions", "v3_req", "-config", str(self._req_config(ext)), cwd=self.dir)
            return KeyPair(self.dir / f"{name}.crt", self.dir / f"{name}.key")
        signer = signer or self.ca
        _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                 "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", subject, cwd=self.dir)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", str(signer.cert), "-CAkey", str(signer.key),
                 "-CAcreateserial",
                 "-out", f"{name}.crt", "-days", "2", "-extfile", ext.name, cwd=self.dir)
        return KeyPair(self.dir / f"{name}.crt", self.dir / f"{name}.key")

    def _req_config(self, ext: Path) -> Path:
        config = ext.with_suffix(".cnf")
        config.write_text("[req]\ndistinguished_name=dn\n[dn]\n[v3_req]\n" + ext.read_text())
        return config
