-- mix.lua: wrk script that cycles through a list of request paths, one per
-- line in the file named by the first script argument (after --):
--   wrk -t1 -c64 -d10s -s bench/mix.lua http://127.0.0.1:PORT -- paths.txt
-- Every connection walks the list from a different place, so all paths are
-- in flight at once.  Non-2xx/3xx answers are counted by wrk as errors.
local paths = {}
local i = 0

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  i = math.random(#paths)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
