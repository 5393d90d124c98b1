using System.Globalization;
using PartnerCenter.Benchmarks;
using PartnerCenter.Customers;

// `PartnerCenter.InstructionProbe VARIANT N`: 2,000 calls of one in-memory GetCustomerById variant to warm up, then N more.
// count-instructions.sh runs it under callgrind with two values of N; the difference of the counts over the difference
// of N is one call's instructions, with startup and warm-up cancelled out.
const int WarmUp = 2_000;
var variants = new[] { "Floor", "Bare", "Full" };
if (args.Length != 2 || Array.IndexOf(variants, args[0]) < 0 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var calls))
{
    await Console.Error.WriteLineAsync($"usage: PartnerCenter.InstructionProbe {string.Join('|', variants)} CALLS");
    return 2;
}

var endpoint = InMemoryTransport.BaseAddress;
using var http = new HttpClient(new InMemoryTransport()) { BaseAddress = endpoint };
var customerId = Guid.Parse(DocumentedCustomer.Id);
var bare = Clients.Bare(http);
var (full, services) = Clients.FullOver(endpoint, new InMemoryTransport());
await using (services)
{
    Func<Task<Customer>> call = args[0] switch
    {
        "Floor" => () => Clients.Floor(http, customerId),
        "Bare" => () => bare.GetCustomerByIdAsync(customerId),
        _ => () => full.GetCustomerByIdAsync(customerId),
    };
    for (var i = 0; i < WarmUp + calls; i++)
    {
        // Every call reads the documented customer, or it counts nothing.
        if ((await call()).Id != DocumentedCustomer.Id)
        {
            await Console.Error.WriteLineAsync($"{args[0]} did not read the documented customer.");
            return 1;
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {WarmUp} + {calls} calls"));
return 0;
