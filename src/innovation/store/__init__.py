"""The store: tables, the database factory and the migrations runner."""
