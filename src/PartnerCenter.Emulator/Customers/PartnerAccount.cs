namespace PartnerCenter.Emulator.Customers;

/// <summary>What kind of partner account the emulator plays (see <see cref="EmulatorOptions.IntegrationSandbox"/>).</summary>
internal sealed record PartnerAccount(bool IsIntegrationSandbox);
