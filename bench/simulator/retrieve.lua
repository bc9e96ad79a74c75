-- wrk script: POST a roaming-status retrieve for the seed roaming device, with an x-correlator.
wrk.method = "POST"
wrk.body = '{"device":{"phoneNumber":"+99999991000"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-correlator"] = "b4333c46-49c0-4f62-80d7-f0ef930f1c46"

local non200 = 0
response = function(status, headers, body)
    if status ~= 200 then
        non200 = non200 + 1
    end
end

done = function(summary, latency, requests)
    io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
    io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
end
