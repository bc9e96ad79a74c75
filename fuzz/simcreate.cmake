# libFuzzer target for the simulator's create-subscription body (checkCreateRequest, app/simulator/createrequestcheck.cpp).
# Meant to be included from fuzz/CMakeLists.txt, after roamdesk_models_fuzz and ROAMDESK_FUZZ_FLAGS are defined:
#   include(simcreate.cmake)
#   cmake --build build-fuzz --target fuzz_simcreate
#   build-fuzz/fuzz/fuzz_simcreate -dict=fuzz/simcreate.dict fuzz/corpus/simcreate
# The default build smoke-tests the same entry point without libFuzzer (tests/simulator.cmake: fuzz_simcreate_smoke).
add_library(roamdesk_simcreate_fuzz STATIC
            ${ROAMDESK_ROOT}/app/simulator/createrequestcheck.cpp ${ROAMDESK_ROOT}/app/simulator/requestbody.cpp
            ${ROAMDESK_ROOT}/app/simulator/sinkpolicy.cpp ${ROAMDESK_ROOT}/app/simulator/simsubscription.cpp)
target_include_directories(roamdesk_simcreate_fuzz PUBLIC ${ROAMDESK_ROOT})
target_link_libraries(roamdesk_simcreate_fuzz PUBLIC roamdesk_models_fuzz Qt6::Network)
target_compile_options(roamdesk_simcreate_fuzz PRIVATE ${ROAMDESK_FUZZ_FLAGS})

add_executable(fuzz_simcreate simcreate_fuzzer.cpp)
target_link_libraries(fuzz_simcreate PRIVATE roamdesk_simcreate_fuzz)
target_compile_options(fuzz_simcreate PRIVATE -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -g)
target_link_options(fuzz_simcreate PRIVATE -fsanitize=fuzzer,address,undefined)

if(ROAMDESK_BUILD_TESTS)
    # A short real libFuzzer run in the suite of a fuzz build (on a copy of the corpus: libFuzzer adds to it).
    add_test(NAME fuzz_simcreate_libfuzzer
             COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
                     $<TARGET_FILE:fuzz_simcreate> -max_total_time=20 -timeout=10 -rss_limit_mb=2048
                     -dict=${CMAKE_CURRENT_SOURCE_DIR}/simcreate.dict
                     -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/simcreate- ${CMAKE_CURRENT_BINARY_DIR}/corpus-simcreate)
    set_tests_properties(fuzz_simcreate_libfuzzer PROPERTIES LABELS "simulator;fuzz" TIMEOUT 120)
    file(COPY ${CMAKE_CURRENT_SOURCE_DIR}/corpus/simcreate/ DESTINATION ${CMAKE_CURRENT_BINARY_DIR}/corpus-simcreate)
endif()
