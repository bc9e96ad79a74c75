# Desktop: settings and secrets, tray alerts, shortcuts, the traffic inspector's curl, install.
roamdesk_add_test(tst_ui_settings LABEL settings GUI TIMEOUT 90)
roamdesk_add_test(tst_ui_settings_inspector LABEL settings GUI TIMEOUT 60)

# cmake --install into a scratch prefix and the CPack .deb (built with -B in a temporary folder, so the build
# tree stays as it is) unpacked into a scratch root; both run roamdesk-cli --version from there.
roamdesk_add_test(tst_install LABEL install TIMEOUT 60)
add_dependencies(tst_install roamdesk roamdesk-cli)
target_compile_definitions(tst_install PRIVATE ROAMDESK_BINARY_DIR="${CMAKE_BINARY_DIR}"
                           ROAMDESK_CMAKE_COMMAND="${CMAKE_COMMAND}" ROAMDESK_CPACK_COMMAND="${CMAKE_CPACK_COMMAND}")
roamdesk_add_test(tst_ui_settings_keyring LABEL settings TIMEOUT 60)
