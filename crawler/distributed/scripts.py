"""Lua scripts: each step that touches more than one key runs atomically inside Redis.

Times come from the Redis server (``TIME``), so workers on machines whose clocks disagree
still share one politeness schedule per host.
"""

from __future__ import annotations

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

# KEYS: dupefilter, hosts, host queue, next, delay, count
# ARGV: fingerprint ('' = not filtered), host, request, delay of the host, seconds the host must
#       rest first (a retry's backoff or the server's Retry-After; 0 = none)
# Admit a request once per crawl: the fingerprint and the request enter together, so a worker
# dying between the two can never leave a request marked seen that no queue holds.
ENQUEUE = _NOW + """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[3], ARGV[3])
redis.call('HSET', KEYS[5], ARGV[2], ARGV[4])
local at = tonumber(redis.call('HGET', KEYS[4], ARGV[2]) or '0')
local rest = tonumber(ARGV[5])
if rest > 0 and now + rest > at then
  at = now + rest
  redis.call('HSET', KEYS[4], ARGV[2], tostring(at))
end
local score = redis.call('ZSCORE', KEYS[2], ARGV[2])
if not score or tonumber(score) < at then
  redis.call('ZADD', KEYS[2], tostring(at), ARGV[2])
end
redis.call('INCR', KEYS[6])
return 1
"""

# KEYS: hosts, next, delay, count, inflight of the worker
# ARGV: prefix of host queues, lease id
# Take the next request of the host whose politeness delay has passed longest ago and record
# it as leased by the worker. Returns {2, request}, {1, seconds until a host is ready} or {0}.
LEASE = _NOW + """
local ready = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1)
if #ready == 0 then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if #first == 0 then return {0} end
  return {1, tostring(tonumber(first[2]) - now)}
end
local host = ready[1]
local queue = ARGV[1] .. host
local data = redis.call('LPOP', queue)
local at = now + tonumber(redis.call('HGET', KEYS[3], host) or '0')
redis.call('HSET', KEYS[2], host, tostring(at))
if redis.call('LLEN', queue) > 0 then
  redis.call('ZADD', KEYS[1], tostring(at), host)
else
  redis.call('ZREM', KEYS[1], host)
end
if not data then return {0} end
redis.call('DECR', KEYS[4])
redis.call('HSET', KEYS[5], ARGV[2], host .. '\\t' .. data)
return {2, data}
"""

# KEYS: heartbeat of the worker, inflight of the worker, hosts, next, count, requeued, dead,
#       workers
# ARGV: prefix of host queues, worker id, most times a request is put back, '1' = the worker
#       itself gives its leases back (else only when its heartbeat has expired)
# Put a worker's leased requests back at the head of their hosts' queues.
REQUEUE = """
if ARGV[4] ~= '1' and redis.call('EXISTS', KEYS[1]) == 1 then return -1 end
local leased = redis.call('HGETALL', KEYS[2])
local n = 0
for i = 2, #leased, 2 do
  local v = leased[i]
  local tab = string.find(v, '\\t', 1, true)
  local host = string.sub(v, 1, tab - 1)
  local data = string.sub(v, tab + 1)
  if redis.call('HINCRBY', KEYS[6], redis.sha1hex(data), 1) > tonumber(ARGV[3]) then
    redis.call('RPUSH', KEYS[7], data)
  else
    redis.call('LPUSH', ARGV[1] .. host, data)
    redis.call('INCR', KEYS[5])
    if not redis.call('ZSCORE', KEYS[3], host) then
      redis.call('ZADD', KEYS[3], redis.call('HGET', KEYS[4], host) or '0', host)
    end
    n = n + 1
  end
end
redis.call('DEL', KEYS[2])
if ARGV[4] ~= '1' then redis.call('SREM', KEYS[8], ARGV[2]) end
return n
"""

# KEYS: crawl, crawl seq, dupefilter, requeued, dead
# ARGV: worker id, digest of the crawl's sources and options, number of sources
# Join the running crawl, or start the next one (and be its seeder).
BEGIN = _NOW + """
local state = redis.call('HGET', KEYS[1], 'state')
if state and state ~= 'done' then
  local id = redis.call('HGET', KEYS[1], 'id')
  if redis.call('HGET', KEYS[1], 'digest') ~= ARGV[2] then return {'mismatch', id} end
  return {'join', id}
end
local id = redis.call('INCR', KEYS[2])
redis.call('DEL', KEYS[3], KEYS[4], KEYS[5])
redis.call('HSET', KEYS[1], 'id', id, 'state', 'seeding', 'seeder', ARGV[1], 'digest', ARGV[2],
           'started', tostring(now), 'sources', ARGV[3])
redis.call('HDEL', KEYS[1], 'finished')
return {'seed', tostring(id)}
"""

# KEYS: crawl
# ARGV: crawl id, worker id, prefix of heartbeats
# The seeder died before it had queued every start request: the caller seeds instead.
TAKE_OVER_SEEDING = """
if redis.call('HGET', KEYS[1], 'id') ~= ARGV[1] then return 0 end
if redis.call('HGET', KEYS[1], 'state') ~= 'seeding' then return 0 end
local seeder = redis.call('HGET', KEYS[1], 'seeder')
if seeder == ARGV[2] or redis.call('EXISTS', ARGV[3] .. seeder) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'seeder', ARGV[2])
return 1
"""

# KEYS: crawl, count, workers
# ARGV: crawl id, prefix of inflight hashes
# The crawl is over when it is seeded, no request waits and no worker holds one.
FINISH_IF_DONE = _NOW + """
if redis.call('HGET', KEYS[1], 'id') ~= ARGV[1] then return 'done' end
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'done' then return 'done' end
if state ~= 'running' then return state or 'done' end
if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then return 'running' end
for _, w in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('HLEN', ARGV[2] .. w) > 0 then return 'running' end
end
redis.call('HSET', KEYS[1], 'state', 'done', 'finished', tostring(now))
return 'done'
"""
