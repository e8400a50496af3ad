-- mix.lua: wrk script that cycles through a list of request paths, one per
-- line in the file named by the first script argument (after --):
--   wrk -t1 -c64 -d10s -s bench/mix.lua http://127.0.0.1:PORT -- paths.txt [RATE CONNS]
-- Every connection walks the list from a different place, so all paths are
-- in flight at once.  Non-2xx/3xx answers are counted by wrk as errors.
--
-- RATE (optional, requests per second over all CONNS connections, CONNS the
-- -c given to wrk, default 64): each connection waits before its next
-- request a random time (exponential, mean CONNS / RATE), so that the
-- server sees about RATE requests a second arriving independently, as from
-- many clients, instead of a closed loop that keeps it saturated.  wrk's latency is timed from each send, so the
-- wait is not counted: the p99 it prints is the server's at that load.
-- Without RATE every connection sends again as soon as it has its answer.
local paths = {}
local i = 0
local mean_ms = nil

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  i = math.random(#paths)
  local rate = tonumber(args[2] or "")
  if rate and rate > 0 then
    -- wrk does not tell a script its -c; bench scripts run one thread (-t1)
    mean_ms = (tonumber(args[3] or "") or 64) * 1000.0 / rate
  end
end

function delay()
  if not mean_ms then return 0 end
  return math.floor(-mean_ms * math.log(1 - math.random()) + 0.5)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
