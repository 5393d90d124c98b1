using PartnerCenter.Emulator.Store;

namespace PartnerCenter.Emulator.Seed;

/// <summary>
/// The customers an emulator starts with: the seed's (the built-in one or <see cref="EmulatorOptions.SeedDataPath"/>),
/// in the seed's order, then generated ones up to <see cref="EmulatorOptions.CustomerCount"/> in all.
/// </summary>
internal static class CustomerStoreLoader
{
    public static CustomerStore Load(EmulatorOptions options)
    {
        var seeded = ReadSeed(options.SeedDataPath);
        var seededDomains = new HashSet<string>(
            seeded.Select(customer => customer.SearchKeys.Domain).Where(domain => domain.Length > 0),
            StringComparer.OrdinalIgnoreCase);
        var generated = GeneratedCustomers.Create(Math.Max(0, options.CustomerCount - seeded.Count), seededDomains.Contains);
        return new CustomerStore(seeded.Concat(generated));
    }

    private static IReadOnlyList<StoredCustomer> ReadSeed(string? seedDataPath)
    {
        if (string.IsNullOrEmpty(seedDataPath))
        {
            using var builtIn = EmulatorSeed.OpenBuiltInSeedData();
            return SeedDataReader.Read(builtIn, EmulatorSeed.BuiltInSeedResourceName);
        }

        using var file = File.OpenRead(seedDataPath);
        return SeedDataReader.Read(file, seedDataPath);
    }
}
