// Runs LLVMFuzzerTestOneInput without libFuzzer: every seed file given (or found in given folders), then
// randomly mutated seeds for --seconds (default 5) or --runs. Deterministic for a given --seed, which it
// prints, so a failure can be replayed. Not coverage-guided: the libFuzzer build (fuzz/) is for depth.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::string;

const char *const Tokens[] = {"{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "0", "-1", "1e999", "\"\"",
    "{}", "[]", "\\u0000", "\\ud800", "\"id\"", "\"source\"", "\"type\"", "\"time\"", "\"data\"", "\"specversion\"",
    "\"1.0\"", "\"device\"", "\"phoneNumber\"", "\"roaming\"", "\"countryCode\"", "\"countryName\"",
    "\"subscriptionId\"", "\"2023-01-19T13:18:23.682Z\"", "\"2023-13-40T25:61:61+99:99\"",
    "\"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-on\"",
    "\"org.camaraproject.device-roaming-status-subscriptions.v0.subscription-ends\"", "\"terminationReason\"",
    "\"ipv4Address\"", "\"publicPort\"", "65536", "\xff\xfe", "\xc3\x28", "9223372036854775808"};

Bytes mutate(Bytes input, std::mt19937_64 &random, const std::vector<Bytes> &seeds)
{
    std::uniform_int_distribution<int> steps(1, 6);
    const int count = steps(random);
    for (int step = 0; step < count; ++step) {
        const size_t position = input.empty() ? 0 : random() % (input.size() + 1);
        switch (random() % 8) {
        case 0: // flip a bit
            if (!input.empty())
                input[position % input.size()] ^= char(1 << (random() % 8));
            break;
        case 1: // drop a range
            if (!input.empty())
                input.erase(position % input.size(), random() % 16 + 1);
            break;
        case 2: // insert a random byte
            input.insert(position, 1, char(random() % 256));
            break;
        case 3: // insert a JSON or CloudEvent token
            input.insert(position, Tokens[random() % std::size(Tokens)]);
            break;
        case 4: { // duplicate a range
            if (input.empty())
                break;
            const size_t from = random() % input.size();
            input.insert(position, input.substr(from, random() % 32 + 1));
            break;
        }
        case 5: { // splice with another seed
            const Bytes &other = seeds[random() % seeds.size()];
            if (!other.empty())
                input = input.substr(0, position) + other.substr(random() % other.size());
            break;
        }
        case 6: // deep nesting
            input.insert(position, std::string(random() % 2000, random() % 2 ? '[' : '{'));
            break;
        default: // truncate
            input.resize(position);
            break;
        }
    }
    return input;
}

bool readFile(const std::filesystem::path &path, Bytes *out)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return false;
    out->assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    return true;
}

void run(const Bytes &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 5;
    long long runs = -1;
    uint64_t seed = uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
    std::vector<Bytes> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--seconds" && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else if (argument == "--runs" && i + 1 < argc) {
            runs = std::atoll(argv[++i]);
        } else if (argument == "--seed" && i + 1 < argc) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else {
            const std::filesystem::path path(argument);
            std::error_code error;
            if (std::filesystem::is_directory(path, error)) {
                for (const auto &entry : std::filesystem::directory_iterator(path)) {
                    Bytes bytes;
                    if (entry.is_regular_file() && readFile(entry.path(), &bytes))
                        seeds.push_back(std::move(bytes));
                }
            } else {
                Bytes bytes;
                if (!readFile(path, &bytes)) {
                    std::fprintf(stderr, "cannot read %s\n", argument.c_str());
                    return 2;
                }
                seeds.push_back(std::move(bytes));
            }
        }
    }
    if (seeds.empty())
        seeds.push_back("{}");
    for (const Bytes &input : seeds)
        run(input);
    std::printf("seed %llu: %zu corpus inputs ok\n", static_cast<unsigned long long>(seed), seeds.size());

    std::mt19937_64 random(seed);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long long executed = 0;
    while (runs >= 0 ? executed < runs : std::chrono::steady_clock::now() < deadline) {
        run(mutate(seeds[random() % seeds.size()], random, seeds));
        ++executed;
    }
    std::printf("%lld mutated inputs ok\n", executed);
    return 0;
}
