using System.Linq;
using System.Net;
using System.Net.Sockets;
using AdminDocs.Html.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AdminDocs.Html.Tests.Reading;

/// <summary>Reading a page never loads what it links to and never runs its scripts.</summary>
public class NoFetchTests
{
    [Fact]
    public void Linked_resources_are_never_requested_and_scripts_never_run()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
        var html = $$"""
            <!DOCTYPE html><html><head>
            <link rel="stylesheet" href="{{url}}a.css"><style>@import url("{{url}}b.css"); p { background: url({{url}}c.png) }</style>
            <script src="{{url}}d.js"></script><script>document.write('<p>VIẾT BỞI SCRIPT</p>')</script>
            </head><body onload="document.body.innerHTML='x'">
            <p>Nội dung</p><img src="{{url}}e.png" alt="con dấu" width="151"><iframe src="{{url}}f.html"></iframe>
            <object data="{{url}}g.swf"></object><video src="{{url}}h.mp4"></video>
            </body></html>
            """;

        var source = HtmlTest.Read(html);

        listener.Pending().Should().BeFalse("nothing may be fetched");
        source.Blocks.Select(b => b.Text).Should().Equal("Nội dung");
        source.Images.Should().ContainSingle().Which.Name.Should().Be("con dấu");
        source.Images[0].WidthMm.Should().BeApproximately(40, 0.1);
    }
}
