namespace PartnerCenter.Emulator.Seed;

/// <summary>The customers the emulator serves, by tenant id. Read-only after start, so safe to share across requests.</summary>
internal sealed class CustomerStore
{
    private readonly Dictionary<Guid, SeededCustomer> _customers;

    public CustomerStore(IEnumerable<SeededCustomer> customers)
    {
        _customers = customers.ToDictionary(customer => customer.TenantId);
    }

    public bool TryFind(Guid tenantId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SeededCustomer? customer) =>
        _customers.TryGetValue(tenantId, out customer);

    public static CustomerStore Load(string? seedDataPath)
    {
        if (string.IsNullOrEmpty(seedDataPath))
        {
            using var builtIn = EmulatorSeed.OpenBuiltInSeedData();
            return new CustomerStore(SeedDataReader.Read(builtIn, EmulatorSeed.BuiltInSeedResourceName));
        }

        using var file = File.OpenRead(seedDataPath);
        return new CustomerStore(SeedDataReader.Read(file, seedDataPath));
    }
}
