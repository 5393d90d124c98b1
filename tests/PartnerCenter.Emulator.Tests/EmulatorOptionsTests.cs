namespace PartnerCenter.Emulator.Tests;

public sealed class EmulatorOptionsTests
{
    public static TheoryData<EmulatorOptions> InvalidOptions => new()
    {
        new EmulatorOptions { Port = -1 },
        new EmulatorOptions { Port = 65536 },
        new EmulatorOptions { RequestLogCapacity = 0 },
        new EmulatorOptions { CustomerCount = -1 },
        new EmulatorOptions { CustomerCount = 1_000_001 },
        new EmulatorOptions { ContinuationTokenLifetime = TimeSpan.Zero },
        new EmulatorOptions { Throttling = new ThrottlingOptions { Window = TimeSpan.Zero } },
        new EmulatorOptions { Faults = new FaultOptions { FailureStatusCode = 200 } },
        new EmulatorOptions { Faults = new FaultOptions { FailureCount = -1 } },
        new EmulatorOptions { Faults = new FaultOptions { PathPrefix = "v1" } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task Invalid_options_fail_at_start(EmulatorOptions options)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => PartnerCenterEmulator.StartAsync(options));
    }

    [Fact]
    public async Task The_base_address_is_loopback_with_the_port_the_system_chose()
    {
        await using var emulator = await PartnerCenterEmulator.StartAsync(new EmulatorOptions { Port = 0 });

        Assert.Equal("http", emulator.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", emulator.BaseAddress.Host);
        Assert.NotEqual(0, emulator.BaseAddress.Port);
        Assert.Equal("/", emulator.BaseAddress.AbsolutePath);
    }
}
