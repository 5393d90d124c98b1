using PartnerCenter.Emulator.Hosting;

namespace PartnerCenter.Emulator.Tests;

public sealed class LoopbackUrlTests
{
    [Theory]
    [InlineData("http://localhost:5000", 5000)]
    [InlineData("http://0.0.0.0:5001;http://localhost:5002", 5001)]
    [InlineData("http://+:5003", 5003)]
    [InlineData("http://*:0", 0)]
    [InlineData(" http://127.0.0.1:5004 ", 5004)]
    public void The_port_of_the_first_url_is_used(string urls, int port)
    {
        Assert.Equal(port, LoopbackUrl.PortFromUrls(urls));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    public void No_port_without_a_url(string? urls)
    {
        Assert.Null(LoopbackUrl.PortFromUrls(urls));
    }
}
