-- wrk script for `make soak`: cycles through a mix of endpoints that all
-- answer 200 (wrk counts anything else as "Non-2xx or 3xx responses").
local paths = {
  "/api/v1/meetings",
  "/api/v1/meetings?body=CFM,CDM&sort=-date",
  "/api/v1/officials?sort=-meetings&limit=10",
  "/api/v1/documents?format=csv",
  "/api/v1/articles?limit=5&fields=id,title",
  "/api/v1/search?q=foreign+ministers",
  "/api/v1/meetings?facet=body&facet=year&limit=0",
  "/api/v1/stats/meetings?interval=year&by=body",
  "/api/v1/members/kazakhstan?include=officials",
  "/healthz",
  "/",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
