-- Product updates as a billing system sends them: PUT /api/v1/products/{id} with a JSON body and
-- the API key of BENCH_KEY; the products' ids start with BENCH_RUN. BENCH_ACCOUNTS lists account
-- ids, one a line; each request updates one of BENCH_PRODUCTS products per account, chosen at
-- random, to ACTIVE or SUSPENDED at random, so that every update writes a row.
local accounts = {}

function init(args)
  for line in io.lines(os.getenv("BENCH_ACCOUNTS")) do
    accounts[#accounts + 1] = line
  end
  wrk.method = "PUT"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
end

local statuses = { "ACTIVE", "SUSPENDED" }
local per_account = tonumber(os.getenv("BENCH_PRODUCTS"))
local run = os.getenv("BENCH_RUN")

function request()
  local a = math.random(#accounts)
  local path = "/api/v1/products/" .. run .. "-" .. a .. "-" .. math.random(per_account)
  local body = '{"accountId": "' .. accounts[a] .. '", "name": "Web hosting M", "kind": "Hosting", '
    .. '"status": "' .. statuses[math.random(2)] .. '", "startedOn": "2026-01-01"}'
  return wrk.format(nil, path, nil, body)
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
