using PartnerCenter.Customers;
using PartnerCenter.Testing;

namespace PartnerCenter.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A client under test and the clock it runs on. Disposing it first releases the clock's waits: a call that a
/// failing test left waiting on the frozen clock then ends, instead of disposal (which waits on that clock for
/// running calls) never returning.
/// </summary>
public sealed class TestClient(PartnerCenterCustomersClient client, TestClock? clock) : IAsyncDisposable
{
    public IPartnerCenterCustomersApi Customers => client.Customers;

    public async ValueTask DisposeAsync()
    {
        clock?.ReleaseWaits();
        await client.DisposeAsync();
    }
}
