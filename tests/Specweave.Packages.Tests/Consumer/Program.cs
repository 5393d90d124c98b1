// A consumer of Specweave.Build: two clients generated at build time into one namespace, called over loopback.
using System.Net;
using System.Net.Sockets;
using System.Text;
using Refit;
using Shop.Client;

var listener = new TcpListener(IPAddress.Loopback, 0);
listener.Start();
var port = ((IPEndPoint)listener.LocalEndpoint).Port;
var server = Task.Run(async () =>
{
    // Two requests, one connection each (the responses close it).
    for (var i = 0; i < 2; i++)
    {
        using var connection = await listener.AcceptTcpClientAsync();
        var stream = connection.GetStream();
        var buffer = new byte[16 * 1024];
        var read = 0;
        while (!Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            read += await stream.ReadAsync(buffer.AsMemory(read));
        }

        var path = Encoding.ASCII.GetString(buffer, 0, read).Split(' ')[1];
        var body = path switch
        {
            "/pets/1" => """{"name":"Rex","tags":["good","dog"]}""",
            "/orders/7" => """{"id":7,"item":{"sku":"A-1"},"gift":true}""",
            _ => null,
        };
        var bytes = Encoding.UTF8.GetBytes(body ?? "{}");
        var head = $"HTTP/1.1 {(body is null ? "404 Not Found" : "200 OK")}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
    }
});

using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
var pets = RestService.ForGenerated<IPetsApi>(http, RefitSettings.ForJsonContext(PetsJsonContext.Default));
var store = RestService.ForGenerated<IStoreApi>(http, RefitSettings.ForJsonContext(StoreJsonContext.Default));

var pet = await pets.GetPetAsync(1);
var order = await store.GetOrderAsync(7);
await server;

Console.WriteLine($"pet={pet.Name} tags={string.Join(",", pet.Tags ?? [])}");
Console.WriteLine($"order={order.Id} sku={order.Item?.Sku} unknown={string.Join(",", order.AdditionalProperties?.Keys ?? [])}");
// Records compare by value, collections included (Specweave.Runtime's EquatableArray).
Console.WriteLine($"equal={pet == pet with { Tags = ["good", "dog"] }}");
