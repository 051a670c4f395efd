"""bench/remoting.sh: `hostname` on N loopback "hosts" (aliases of one
sshd on 127.0.0.1), in one run, side by side: shoal's Invoke-Command
-HostName, parallel-ssh (Debian's pssh), GNU parallel --nonall, and a plain
`ssh host hostname &` loop with `wait`; then shoal over kept sessions
(Invoke-Command -Session), per call and per host. Run with /usr/bin/python3.

  remoting.py SHOAL RUNS HOSTS

Starts its own sshd (a temporary host key, MaxStartups raised so that N
connections at once are not dropped) and stops it at the end.
"""

import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def free_port():
    while True:
        port = random.randint(20000, 40000)
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port


def start_sshd(directory, shoal, hosts):
    port = free_port()
    for key in ("hostkey", "userkey"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{directory}/{key}"], check=True)
    shutil.copy(f"{directory}/userkey.pub", f"{directory}/authorized_keys")
    os.makedirs("/run/sshd", exist_ok=True) if os.getuid() == 0 else None
    user = os.environ.get("USER") or subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    with open(f"{directory}/sshd_config", "w") as config:
        config.write(f"""Port {port}
ListenAddress 127.0.0.1
HostKey {directory}/hostkey
AuthorizedKeysFile {directory}/authorized_keys
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
MaxStartups 200
MaxSessions 200
SetEnv PATH={os.path.dirname(shoal)}:/usr/local/bin:/usr/bin:/bin
""")
    with open(f"{directory}/hostkey.pub") as key:
        host_key = key.read().strip()
    with open(f"{directory}/known_hosts", "w") as known:
        known.write(f"[127.0.0.1]:{port} {host_key}\n")
    with open(f"{directory}/ssh_config", "w") as config:
        config.write(f"""Host {' '.join(hosts)}
  HostName 127.0.0.1
  Port {port}
  User {user}
  IdentityFile {directory}/userkey
  IdentitiesOnly yes
  UserKnownHostsFile {directory}/known_hosts
  StrictHostKeyChecking yes
  LogLevel ERROR
""")
    server = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", f"{directory}/sshd_config"], stderr=subprocess.DEVNULL)
    for _ in range(200):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.02)
    sys.exit("remoting: sshd did not start")


def timed(command, env, expected_lines):
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if expected_lines is not None and len(lines) != expected_lines:
        sys.exit(f"remoting: {command[0]} printed {len(lines)} lines, expected {expected_lines}: {done.stderr.strip()[:300]}")
    return wall, lines


def main():
    shoal, runs, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    hosts = [f"r{index:02d}" for index in range(1, count + 1)]
    directory = tempfile.mkdtemp(prefix="shoal-remoting-")
    server = start_sshd(directory, shoal, hosts)
    config = f"{directory}/ssh_config"
    env = dict(os.environ, SHOAL_SSH_COMMAND=f"ssh -F {config}")
    with open(f"{directory}/hosts", "w") as listing:
        listing.write("\n".join(hosts) + "\n")
    workload = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workloads", "remoting-fanout.ps1")
    rounds = 20
    best = {}
    kept = float("inf")
    try:
        for _ in range(runs):
            wall, lines = timed([shoal, workload, "-HostList", ",".join(hosts), "-Rounds", str(rounds)], env, None)
            result = dict(line.split(" ", 1) for line in lines)
            if int(result["fresh_count"]) != count or int(result["kept_count"]) != count * rounds:
                sys.exit(f"remoting: shoal: {result}")
            best["shoal"] = min(best.get("shoal", float("inf")), float(result["fresh_ms"]) / 1000)
            kept = min(kept, float(result["kept_ms"]))
            commands = {
                "parallel-ssh": ["parallel-ssh", "-h", f"{directory}/hosts", "-p", str(count), "-x", f"-F {config}", "-i",
                                 "hostname"],
                "GNU parallel --nonall": ["parallel", "--will-cite", "--nonall", "-j", str(count), "--ssh", f"ssh -F {config}",
                                          "-S", ",".join(hosts), "hostname"],
                "ssh loop": ["/bin/bash", "-c", f"for h in {' '.join(hosts)}; do ssh -F {config} $h hostname & done; wait"],
            }
            for name, command in commands.items():
                if name == "parallel-ssh" and not shutil.which("parallel-ssh"):
                    continue
                if name.startswith("GNU") and not shutil.which("parallel"):
                    continue
                expected = count * 2 if name == "parallel-ssh" else count
                wall, _ = timed(command, env, expected)
                best[name] = min(best.get(name, float("inf")), wall)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(directory, ignore_errors=True)
    fastest = min(value for name, value in best.items() if name != "shoal")
    print(f"### `hostname` on {count} loopback hosts (wall, best of {runs})\n")
    print("| tool | seconds | / fastest peer |\n| --- | ---: | ---: |")
    for name, value in sorted(best.items(), key=lambda item: item[1]):
        print(f"| {name} | {value:.3f} | {value / fastest:.2f} |")
    print(f"\nOver kept sessions (Invoke-Command -Session, {rounds} calls to all {count}): "
          f"{kept:.1f} ms per call, {kept / count:.2f} ms per host.")


if __name__ == "__main__":
    main()
