//! A real DNS server on loopback UDP, in process (`hickory-server`), serving test zones, and a
//! "server" that never answers. The domain-proof tests point `HUP_DNS` at them.

use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::Arc;

use hickory_proto::rr::rdata::{SOA, TXT};
use hickory_proto::rr::{LowerName, Name, RData, Record};
use hickory_server::authority::{AuthorityObject, Catalog, ZoneType};
use hickory_server::store::in_memory::InMemoryAuthority;
use hickory_server::ServerFuture;
use tokio::net::UdpSocket;

pub struct TestDns {
    pub addr: SocketAddr,
    zones: Vec<(LowerName, Arc<InMemoryAuthority>)>,
    task: tokio::task::JoinHandle<()>,
}

fn name(s: &str) -> Name {
    Name::from_str(&format!("{}.", s.trim_end_matches('.'))).expect("test zone name")
}

impl TestDns {
    /// Serves the zones `origins` (each with its SOA, so a missing name is NXDOMAIN and a
    /// missing type is an empty answer).
    pub async fn start(origins: &[&str]) -> TestDns {
        let mut catalog = Catalog::new();
        let mut zones = Vec::new();
        for origin in origins {
            let origin = name(origin);
            let mut zone = InMemoryAuthority::empty(origin.clone(), ZoneType::Primary, false);
            let soa = SOA::new(
                name(&format!("ns.{origin}")),
                name(&format!("hostmaster.{origin}")),
                1,
                3600,
                600,
                86_400,
                60,
            );
            zone.upsert_mut(Record::from_rdata(origin.clone(), 60, RData::SOA(soa)), 1);
            let zone = Arc::new(zone);
            catalog.upsert(
                LowerName::new(&origin),
                vec![zone.clone() as Arc<dyn AuthorityObject>],
            );
            zones.push((LowerName::new(&origin), zone));
        }
        let socket = UdpSocket::bind("127.0.0.1:0").await.expect("bind test DNS");
        let addr = socket.local_addr().expect("test DNS address");
        let mut server = ServerFuture::new(catalog);
        server.register_socket(socket);
        let task = tokio::spawn(async move {
            let _ = server.block_until_done().await;
        });
        TestDns { addr, zones, task }
    }

    /// Adds a TXT record at `owner` made of `strings` (several strings make one value).
    pub async fn add_txt(&self, owner: &str, strings: &[&str]) {
        let owner = name(owner);
        let (_, zone) = self
            .zones
            .iter()
            .find(|(origin, _)| origin.zone_of(&LowerName::new(&owner)))
            .expect("a zone for the owner");
        let txt = TXT::new(strings.iter().map(|s| (*s).to_owned()).collect());
        zone.upsert(Record::from_rdata(owner, 60, RData::TXT(txt)), 2)
            .await;
    }
}

impl Drop for TestDns {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A bound UDP socket that never replies: look-ups against it time out.
pub async fn silent_server() -> (SocketAddr, UdpSocket) {
    let socket = UdpSocket::bind("127.0.0.1:0")
        .await
        .expect("bind silent DNS");
    let addr = socket.local_addr().expect("silent DNS address");
    (addr, socket)
}
