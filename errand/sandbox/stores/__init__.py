"""Local stores: tea chains and branches, menus, slot capacity, bulk quotes and branch orders."""
