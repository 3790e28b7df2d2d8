-- wrk: each request compares a random pair of the six bundled roles.
local slugs = {"ai-middleware-engineer", "ai-model-compression-engineer", "ai-model-routing-engineer",
               "ai-multi-agent-systems-engineer", "ai-multimodal-systems-engineer", "ai-on-device-ai-engineer"}
math.randomseed(42)
request = function()
  local a = math.random(#slugs)
  local b = math.random(#slugs - 1)
  if b >= a then b = b + 1 end
  return wrk.format("GET", "/api/compare?a=" .. slugs[a] .. "&b=" .. slugs[b])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests/s=%.0f p50=%.2fms p99=%.2fms errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
