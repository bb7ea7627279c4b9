-- wrk script for POST /api/v1/registrations: every request carries a work address of its own
-- (thread number and counter), so the per-address throttle never trips and every request
-- queues a confirmation mail. The domain comes from the HUP_LOAD_DOMAIN environment variable
-- (default contoso.example, the demo's participating organization).
--
--   wrk -t2 -c64 -d30s -s scripts/load/registrations.lua http://127.0.0.1:8080

local domain = os.getenv("HUP_LOAD_DOMAIN") or "contoso.example"
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id or 0
  -- A random prefix keeps runs against the same database from colliding with earlier ones.
  math.randomseed(os.time() + thread_id)
  prefix = string.format("load%06d-t%d", math.random(0, 999999), thread_id)
end

function request()
  counter = counter + 1
  local body = string.format('{"work_email":"%s-%d@%s"}', prefix, counter, domain)
  return wrk.format("POST", "/api/v1/registrations",
    { ["Content-Type"] = "application/json" }, body)
end

local statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests: %d, non-2xx: %d, socket errors: %d\n",
    summary.requests, non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
