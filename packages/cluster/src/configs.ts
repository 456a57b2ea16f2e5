import type { ClusterPorts } from './cluster.js';

/** Loopback only, no passwords: a cluster for one machine. A real deployment uses scram-sha-256 and TLS. */
export function pgHba(): string {
  return [
    '# TYPE  DATABASE     USER  ADDRESS        METHOD',
    'local   all          all                  trust',
    'host    all          all   127.0.0.1/32   trust',
    'host    replication  all   127.0.0.1/32   trust',
    '',
  ].join('\n');
}

/** The settings both servers share; the replica adds its primary_conninfo after them. */
export function primaryConfig(port: number, socketDir: string): string {
  return [
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${socketDir}'`,
    'max_connections = 200',
    // Streaming replication: WAL for a replica, senders for it and for pg_basebackup, and its slot.
    'wal_level = replica',
    'max_wal_senders = 5',
    'max_replication_slots = 5',
    'hot_standby = on',
    '',
  ].join('\n');
}

/**
 * Transaction pooling: a server connection is the client's for one transaction, then anyone's. So the
 * API sends no startup options (its role has the timeouts), and whatever needs one session (LISTEN,
 * session advisory locks, migrations) goes to the primary directly. `wallet_replica` is the replica.
 */
export function pgbouncerConfig(ports: ClusterPorts, dir: string): string {
  return [
    '[databases]',
    `wallet = host=127.0.0.1 port=${ports.primary} dbname=wallet`,
    `wallet_replica = host=127.0.0.1 port=${ports.replica} dbname=wallet`,
    '',
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${ports.pgbouncer}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${dir}/userlist.txt`,
    'pool_mode = transaction',
    'max_client_conn = 2000',
    // Server connections per database: the primary's connections are what the pooler saves.
    'default_pool_size = 20',
    'reserve_pool_size = 5',
    // A server that refused a connection (the replica stopped) is tried again after a second, and its
    // clients are told at once meanwhile rather than kept waiting.
    'server_login_retry = 1',
    'server_connect_timeout = 5',
    'query_wait_timeout = 10',
    'admin_users = postgres',
    `logfile = ${dir}/pgbouncer.log`,
    `pidfile = ${dir}/pgbouncer.pid`,
    'log_connections = 0',
    'log_disconnections = 0',
    '',
  ].join('\n');
}

/**
 * nginx in front of the API nodes. One credential stays on one node (a consistent hash of the
 * Authorization header and the session cookie), so a client's next read finds the node that knows of
 * its last write; anonymous requests spread out. A node that refuses a connection is passed over for
 * 2 s and the request goes to the next one (a request already sent to a node that dies is answered 502,
 * and the client retries it with its Idempotency-Key). The event stream is not buffered.
 */
export function nginxConfig(port: number, upstreams: number[], dir: string): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;

events {
  worker_connections 4096;
}

http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 1m;
  client_body_buffer_size 1m;

  map "$http_authorization$cookie_wallet_session" $wallet_client {
    "" $request_id;
    default "$http_authorization$cookie_wallet_session";
  }

  upstream wallet_api {
    hash $wallet_client consistent;
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${port};

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout;
    proxy_connect_timeout 2s;
    proxy_read_timeout 60s;

    location /api/v1/events {
      proxy_pass http://wallet_api;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }

    location / {
      proxy_pass http://wallet_api;
    }
  }
}
`;
}
