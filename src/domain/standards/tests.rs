use super::*;

#[test]
fn percentile_as_excel_and_best_tenth() {
    // Worked example J: 70 … 93, the 25th percentile 74 + 0,75·4 = 77, the best tenth 93.
    let v: Vec<Q> = [70i64, 74, 78, 80, 82, 85, 88, 93].map(Q::from).to_vec();
    assert_eq!(
        peer_level(&PeerLevel::Percentile(25.into()), &v),
        Q::from(77i64)
    );
    assert_eq!(peer_level(&PeerLevel::TopDecileMean, &v), Q::from(93i64));
    assert_eq!(peer_level(&PeerLevel::Mean, &v), Q::ratio(325, 4));
}
